#!/usr/bin/env bash
# The test of the README's Install section: runs its commands word for word in a temporary folder (the clone is
# made from this repository instead of the public address), so the packages are packed from the committed tree,
# with a git-derived version, and installed into a new console app. Then it checks the packages' metadata and
# symbols, runs a program that uses the README's custom metric, a custom metric of its own and a built-in, and builds
# each declaration in Broken/ to see the MET diagnostic named in its first line ("// expect: MET001") in the output
# of a command-line build.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

fail() { echo "package consumer: $*"; exit 1; }

# 1. The Install section's bash block, line by line.
install=$(awk '/^## Install/ {inside = 1} inside && /^```bash/ {code = 1; next} code && /^```/ {exit} code {print}' "$root/README.md")
[ -n "$install" ] || fail "README.md has no bash block under '## Install'"
grep -q '^git clone https://' <<<"$install" || fail "the Install section no longer starts from a git clone"
log="$work/install.log"
while IFS= read -r line; do
  line=${line%%#*}
  [ -n "${line// }" ] || continue
  line=$(sed -E "s|^git clone https://[^ ]+|git clone --quiet \"$root\"|" <<<"$line")
  echo "+ $line"
  eval "$line" >>"$log" 2>&1 || { cat "$log"; fail "install step failed: $line"; }
done <<<"$install"
app=$(pwd)
[ "$(basename "$app")" = MyEvaluation ] || fail "the Install section should leave the reader in the new project"

# 2. What was packed: every package with symbols, a git-derived version, the metadata, no pack warning.
feed="$work/metrics-feed"
if grep -E -i '(^|: )warning ' "$log"; then fail "dotnet pack printed warnings"; fi
runtime=$(ls "$feed"/Metrics.Runtime.*.nupkg | grep -v snupkg)
version=${runtime##*/Metrics.Runtime.}; version=${version%.nupkg}
[[ "$version" != 1.0.0 && "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+ ]] || fail "unexpected version '$version'"
for id in Metrics.Abstractions Metrics.Runtime Metrics.Serialization Metrics.Data Metrics.Plotting Metrics.ML; do
  for ext in nupkg snupkg; do
    [ -f "$feed/$id.$version.$ext" ] || fail "missing $id.$version.$ext"
  done
  nuspec=$(unzip -p "$feed/$id.$version.nupkg" "$id.nuspec")
  for field in '<license type="expression">MIT</license>' '<authors>Metrics.Dsl contributors</authors>' \
               '<readme>README.md</readme>' '<repository type="git" url="https://' '<projectUrl>https://' \
               '<releaseNotes>' '<description>' '<tags>'; do
    grep -qF "$field" <<<"$nuspec" || fail "$id.nuspec lacks $field"
  done
  layout=$(unzip -l "$feed/$id.$version.nupkg")
  grep -q ' README.md$' <<<"$layout" || fail "$id package lacks its README"
  grep -q "lib/net10.0/$id.xml" <<<"$layout" || fail "$id package lacks its XML docs"
  # Listed into a variable first: grep -q stops reading at the first match, and under pipefail unzip's SIGPIPE would fail the check.
  symbols=$(unzip -l "$feed/$id.$version.snupkg")
  grep -q "lib/net10.0/$id.pdb" <<<"$symbols" || fail "$id symbols lack the PDB"
done
abstractions=$(unzip -l "$feed/Metrics.Abstractions.$version.nupkg")
for entry in analyzers/dotnet/cs/Metrics.Generators.dll analyzers/dotnet/cs/Metrics.CodeFixes.dll; do
  grep -q "$entry" <<<"$abstractions" || fail "Metrics.Abstractions package lacks $entry"
done
grep -q "Metrics.Runtime\" Version=\"$version\"" MyEvaluation.csproj || fail "the app does not reference Metrics.Runtime $version"
for id in Metrics.Serialization Metrics.Data Metrics.Plotting; do
  grep -q "$id\" Version=\"$version\"" MyEvaluation.csproj || fail "the app does not reference $id $version"
done
grep -q 'Metrics.Abstractions' MyEvaluation.csproj && fail "the app should not need to reference Metrics.Abstractions"

# 3. The README's ten-line metric, as its own file, beside this folder's program.
{
  echo "using Metrics;"
  echo
  awk '/^## A custom metric in ten lines/ {inside = 1} inside && /^```csharp/ {code = 1; next} code && /^```/ {exit} code && /^\[Metric\]/ {decl = 1} decl {print}' "$root/README.md"
} >HuberLoss.cs
grep -q 'partial record struct HuberLoss' HuberLoss.cs || fail "the README's custom metric was not found"
cp "$here/Program.cs" "$here/RangeRatio.cs" .
dotnet run -nologo || fail "the program failed"

# 4. Every broken declaration fails a command-line build with the MET diagnostic that names the mistake.
cases=0
for broken in "$here"/Broken/*.cs; do
  expected=$(sed -n '1s|^// expect: \(MET[0-9]*\).*|\1|p' "$broken")
  [ -n "$expected" ] || fail "$(basename "$broken") has no '// expect: METxxx' first line"
  cp "$broken" Broken.cs
  if dotnet build --no-restore -nologo >build.log 2>&1; then
    cat build.log; fail "$(basename "$broken") built"
  fi
  grep -q "error $expected" build.log || { cat build.log; fail "$(basename "$broken"): no $expected in the build output"; }
  echo "package consumer: $(basename "$broken") rejected with $expected"
  rm Broken.cs
  cases=$((cases + 1))
done
[ "$cases" -ge 8 ] || fail "only $cases broken declarations"
echo "package consumer: installed Metrics.Runtime $version as the README says; all checks passed"
