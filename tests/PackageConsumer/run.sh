#!/usr/bin/env bash
# Packs Metrics.Abstractions (attributes + generator, analyzers and code fixes under analyzers/dotnet/cs) and
# Metrics.Runtime with a unique version into ./feed, then builds and runs a project that consumes them as packages,
# and checks that each broken declaration in Broken/ fails the build with the MET diagnostic it names.
set -euo pipefail
cd "$(dirname "$0")"
root=../..
version="1.0.0-ci.$(date -u +%Y%m%d%H%M%S).$$"
rm -rf feed bin obj
mkdir -p feed
for project in Metrics.Abstractions Metrics.Runtime; do
  dotnet pack "$root/src/$project" -c Release -o feed -p:Version="$version" -nologo -v:q
done

layout=$(unzip -l "feed/Metrics.Abstractions.$version.nupkg")
for entry in analyzers/dotnet/cs/Metrics.Generators.dll analyzers/dotnet/cs/Metrics.CodeFixes.dll \
             lib/net10.0/Metrics.Abstractions.dll lib/net10.0/Metrics.Abstractions.xml; do
  grep -q "$entry" <<<"$layout" || { echo "Metrics.Abstractions package lacks $entry"; exit 1; }
done
# The listing goes through a variable: `unzip | grep -q` fails under pipefail when grep exits before unzip is done.
runtime_layout=$(unzip -l "feed/Metrics.Runtime.$version.nupkg")
grep -q lib/net10.0/Metrics.Runtime.xml <<<"$runtime_layout" || { echo "Metrics.Runtime package lacks its XML docs"; exit 1; }

dotnet run -p:MetricsVersion="$version" -nologo

# Each broken declaration must fail the command-line build with the MET diagnostic its first line names
# ("// expect: MET001"), not only with a compiler error such as CS8983 that hides the analyzers. One restore (done by
# the run above), then one build per file.
log=$(mktemp)
cases=0
for file in Broken/*.cs; do
  name=$(basename "$file" .cs)
  expected=$(sed -n '1s|^// expect: \(MET[0-9]*\)$|\1|p' "$file")
  [ -n "$expected" ] || { echo "package consumer: $file does not start with '// expect: METxxx'"; exit 1; }
  if dotnet build --no-restore -p:MetricsVersion="$version" -p:BrokenCase="$name" -nologo -v:q >"$log" 2>&1; then
    echo "package consumer: the broken declaration $name built"; cat "$log"; exit 1
  fi
  grep -q "error $expected" "$log" || { echo "package consumer: no $expected for the broken declaration $name"; cat "$log"; exit 1; }
  cases=$((cases + 1))
done
[ "$cases" -ge 8 ] || { echo "package consumer: only $cases broken declarations"; exit 1; }
echo "package consumer: $cases broken declarations rejected, each with its MET diagnostic"
rm -rf feed bin obj
