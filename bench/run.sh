#!/usr/bin/env bash
# The one command of the benchmark report: bench/run.sh [quick|full]
# Builds the suite, writes the shared 1M-row data file, times TF.js on it (if node is installed), runs
# BenchmarkDotNet and writes bench/results/ratios-<job>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
job=${1:-quick}
dll=bench/Metrics.Benchmarks/bin/Release/net10.0/Metrics.Benchmarks.dll
dotnet build -c Release bench/Metrics.Benchmarks
dotnet "$dll" --write-data bench/results/data-1m.bin
if command -v node > /dev/null; then
  (cd bench/tfjs && npm ci --no-audit --no-fund && node bench.js ../results/data-1m.bin ../results/tfjs.json)
else
  echo "node not found: the TF.js column stays empty" >&2
fi
dotnet "$dll" --job "$job"
