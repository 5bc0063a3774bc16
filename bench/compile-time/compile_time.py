#!/usr/bin/env python3
"""Compile-time benchmark of the generator (issue 17, item 7): a user's project of N ten-line metrics.

Writes two projects that differ only in whether the generator (with its analyzers) is passed to the compiler, builds
each with the .NET SDK exactly as a user would (`dotnet build`, the compiler server warm), and reports:
  - clean build of the project alone (--no-incremental; Metrics.Abstractions/Runtime are referenced as built DLLs,
    so only the user's sources are compiled), with and without the generator;
  - a no-op build, and a build after a one-line edit of one metric;
  - analyzer time per analyzer (ReportAnalyzer), MET030's share;
  - generated lines and bytes (EmitCompilerGeneratedFiles).

Usage (from the repository root): python3 bench/compile-time/compile_time.py [--metrics 300] [--repeats 3]
It builds src/Metrics.Runtime and src/Metrics.Generators in Release first. Wall-clock figures: run on a quiet
machine and read them as ratios between rows of the same run.
"""

import argparse
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RUNTIME_BIN = os.path.join(ROOT, "src", "Metrics.Runtime", "bin", "Release", "net10.0")
GENERATOR_DLL = os.path.join(ROOT, "src", "Metrics.Generators", "bin", "Release", "netstandard2.0", "Metrics.Generators.dll")

# Ten-line metrics of the three everyday shapes, varied so that no two are the same source.
PAIR = """using System;

namespace UserMetrics;

[Metrics.Metric]
public partial record struct {name}
{{
    [Metrics.Sum] public double Total;
    [Metrics.Sum] public double Count;

    private static {name} Update(double label, double prediction) =>
        new() {{ Total = Math.Abs(prediction - label) * {k}.0, Count = 1 }};

    public readonly double Compute() => Total / Count;
}}
"""

PARAMETER = """using System;

namespace UserMetrics;

[Metrics.Metric]
public partial record struct {name}
{{
    [Metrics.Parameter] public double Delta {{ get; init; }} = {k}.0;
    [Metrics.Sum] public double Total;
    [Metrics.Sum] public double Count;

    private static {name} Update(double label, double prediction, double delta) =>
        new() {{ Total = Math.Min(Math.Abs(prediction - label), delta), Count = 1 }};

    public readonly double Compute() => Total / Count;
}}
"""

VALUE = """namespace UserMetrics;

[Metrics.Metric]
public partial record struct {name}
{{
    [Metrics.Sum] public double Total;
    [Metrics.Sum] public long Count;

    private static {name} Update(double value) => new() {{ Total = value * {k}.0, Count = 1 }};

    public readonly double Compute() => Total / Count;
}}
"""

PROJECT = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <EnableNETAnalyzers>false</EnableNETAnalyzers>
    <GenerateDocumentationFile>false</GenerateDocumentationFile>
    <EmitCompilerGeneratedFiles>{emit}</EmitCompilerGeneratedFiles>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="Metrics.Abstractions" HintPath="{runtime}/Metrics.Abstractions.dll" />
    <Reference Include="Metrics.Runtime" HintPath="{runtime}/Metrics.Runtime.dll" />
    <PackageReference Include="System.Numerics.Tensors" Version="10.0.0" />
{analyzer}  </ItemGroup>
</Project>
"""


def write_project(directory, metrics, with_generator):
    os.makedirs(directory, exist_ok=True)
    analyzer = f'    <Analyzer Include="{GENERATOR_DLL}" />\n' if with_generator else ""
    with open(os.path.join(directory, "UserMetrics.csproj"), "w") as f:
        f.write(PROJECT.format(emit="true" if with_generator else "false", runtime=RUNTIME_BIN, analyzer=analyzer))
    for i in range(metrics):
        template = (PAIR, PARAMETER, VALUE)[i % 3]
        with open(os.path.join(directory, f"Metric{i:04d}.cs"), "w") as f:
            f.write(template.format(name=f"Metric{i:04d}", k=i + 1))
        if template is PARAMETER and not with_generator:
            # The one member the generator writes that these sources need to compile (CS8983: a struct with a
            # property initializer declares a constructor).
            with open(os.path.join(directory, f"Metric{i:04d}.Constructor.cs"), "w") as f:
                f.write(f"namespace UserMetrics;\n\npartial record struct Metric{i:04d}\n{{\n    public Metric{i:04d}() {{ }}\n}}\n")


def run(arguments, cwd):
    started = time.perf_counter()
    result = subprocess.run(arguments, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        raise SystemExit(f"failed ({result.returncode}): {' '.join(arguments)} in {cwd}")
    return elapsed, result.stdout


def build(directory, *extra):
    return run(["dotnet", "build", "--no-restore", "-nologo", "-clp:NoSummary", *extra], directory)


def best(repeats, action):
    return min(action() for _ in range(repeats))


def edit_one_metric(directory, metrics):
    # A one-line edit of a metric's body, different each round so that the build cannot skip it.
    path = os.path.join(directory, f"Metric{metrics // 2:04d}.cs")
    with open(path) as f:
        text = f.read()
    text = re.sub(r"(\d+)\.0", lambda m: f"{int(m.group(1)) + 1}.0", text, count=1)
    with open(path, "w") as f:
        f.write(text)


def analyzer_times(directory):
    _, output = build(directory, "--no-incremental", "-p:ReportAnalyzer=true", "-v:detailed")
    # csc prints "Total analyzer execution time: N seconds." then one line per analyzer type "   <s>   <pct>   Name".
    total = re.search(r"Total analyzer execution time:\s*([\d.]+)\s*seconds", output)
    rows = re.findall(r"^\s*([\d.]+)\s+(\d+)\s+(Metrics\.Generators\.[\w.]+)", output, re.M)
    per = {}
    for seconds, _, name in rows:
        per[name] = max(per.get(name, 0.0), float(seconds))
    generator = re.search(r"Total generator execution time:\s*([\d.]+)\s*seconds", output)
    return (float(total.group(1)) if total else float("nan"), per, float(generator.group(1)) if generator else float("nan"))


def generated_size(directory):
    lines = size = files = 0
    for base, _, names in os.walk(os.path.join(directory, "obj")):
        if "generated" not in base:
            continue
        for name in names:
            if name.endswith(".g.cs"):
                files += 1
                path = os.path.join(base, name)
                size += os.path.getsize(path)
                with open(path, encoding="utf-8") as f:
                    lines += sum(1 for _ in f)
    return files, lines, size


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--metrics", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--keep", help="write the projects here instead of a temporary folder")
    options = parser.parse_args()

    run(["dotnet", "build", "-c", "Release", "-nologo", os.path.join(ROOT, "src", "Metrics.Runtime")], ROOT)
    work = options.keep or tempfile.mkdtemp(prefix="metrics-compile-time-")
    with_generator = os.path.join(work, "with-generator")
    without_generator = os.path.join(work, "without-generator")
    for directory, generator in ((with_generator, True), (without_generator, False)):
        shutil.rmtree(directory, ignore_errors=True)
        write_project(directory, options.metrics, generator)
        run(["dotnet", "restore", "-nologo"], directory)
        build(directory)  # warm-up: compiler server, restore caches

    rows = {}
    for label, directory in (("with the generator", with_generator), ("without", without_generator)):
        clean = best(options.repeats, lambda: build(directory, "--no-incremental")[0])
        build(directory)
        noop = best(options.repeats, lambda: build(directory)[0])
        edits = []
        for _ in range(options.repeats):
            edit_one_metric(directory, options.metrics)
            edits.append(build(directory)[0])
        rows[label] = (clean, noop, min(edits))

    total, per_analyzer, generator_time = analyzer_times(with_generator)
    files, lines, size = generated_size(with_generator)
    met030 = sum(s for name, s in per_analyzer.items() if name.endswith("OverloadClashAnalyzer"))

    with_row, without_row = rows["with the generator"], rows["without"]
    date = datetime.date.today().isoformat()
    load = open("/proc/loadavg").read().split()[:3]
    report = [
        f"# Compile time, {date} (issue 17, item 7)",
        "",
        "Command (from the repository root):",
        "",
        "```bash",
        f"python3 bench/compile-time/compile_time.py --metrics {options.metrics} --repeats {options.repeats}",
        "```",
        "",
        f"{options.metrics} ten-line metrics (pair, pair with a parameter, value; a third each), one project compiled alone "
        f"(the runtime referenced as built DLLs), compiler server warm, best of {options.repeats}; "
        f"{os.cpu_count()} cores, load average {' '.join(load)} at the end.",
        "",
        "| Build | With the generator s | Without s | Ratio |",
        "|---|---:|---:|---:|",
        f"| Clean (`--no-incremental`) | {with_row[0]:.2f} | {without_row[0]:.2f} | {with_row[0] / without_row[0]:.2f}× |",
        f"| No-op | {with_row[1]:.2f} | {without_row[1]:.2f} | {with_row[1] / without_row[1]:.2f}× |",
        f"| One-line edit of one metric | {with_row[2]:.2f} | {without_row[2]:.2f} | {with_row[2] / without_row[2]:.2f}× |",
        "",
        f"One-line edit against a no-op build, with the generator: {with_row[2] / with_row[1]:.2f}×.",
        "",
        f"Generated: {files} files, {lines:,} lines ({lines / options.metrics:.0f} per metric), {size / 1e6:.1f} MB. "
        f"Generator time {generator_time:.2f} s; analyzer time {total:.2f} s, of which MET030 (OverloadClashAnalyzer) "
        f"{met030:.2f} s ({100 * met030 / total if total else float('nan'):.0f} %).",
        "",
        "| Analyzer or generator (csc ReportAnalyzer) | s |",
        "|---|---:|",
    ]
    report += [f"| {name.rsplit('.', 1)[-1]} | {seconds:.3f} |" for name, seconds in sorted(per_analyzer.items(), key=lambda kv: -kv[1])]
    text = "\n".join(report) + "\n"
    out = os.path.join(ROOT, "bench", "results", f"compile-time-{date}.md")
    with open(out, "w") as f:
        f.write(text)
    print(text)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
