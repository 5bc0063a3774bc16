#!/usr/bin/env bash
# Packs Metrics.Abstractions (attributes + generator, analyzers and code fixes under analyzers/dotnet/cs) and
# Metrics.Runtime with a unique version into ./feed, then builds and runs a project that consumes them as packages,
# and checks that a broken declaration fails the build with its analyzer diagnostic.
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

# The broken declaration must fail with MET001 from the packaged analyzer.
log=$(mktemp)
if dotnet build -p:MetricsVersion="$version" -p:IncludeBroken=true -nologo >"$log" 2>&1; then
  echo "package consumer: the broken declaration built"; cat "$log"; exit 1
fi
grep -q "error MET001" "$log" || { echo "package consumer: no MET001 for the broken declaration"; cat "$log"; exit 1; }
echo "package consumer: broken declaration rejected with MET001"
rm -rf feed bin obj
