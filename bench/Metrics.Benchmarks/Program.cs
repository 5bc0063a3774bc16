using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Metrics.Benchmarks;

// Usage (from the repository root; see bench/README.md):
//   dotnet run -c Release --project bench/Metrics.Benchmarks -- [--job quick|full] [--only elementwise,scalar,mlnet,tfjs,auc,serialization] [--filter GLOB]
//   ... -- --only fused   (issue 19: reports from registry collections, fused passes against their most expensive member; --probe-fused times them with a Stopwatch)
//   ... -- --only logexp,parallel   (issue 19: vector Log/Exp against Dot and their scalar path; UpdateParallel on 1 thread and every core)
//   ... -- --only data   (end to end on a generated 10M-row file: not among the default groups; needs python3-pandas)
//   dotnet run -c Release --project bench/Metrics.Benchmarks -- --write-data PATH   (the TF.js input file)
//   ... -- --only cluster   (a 3-silo localhost Orleans cluster against one process, 10M rows in 16 shards; bench/results/cluster-DATE.md)
//   ... -- --scale   (the in-process scale simulation: state bytes against rows, linear vs tree merges; bench/results/scale-DATE.md)
//   ... -- --job quick --from-csv   (rebuild ratios-quick.md from all CSV exports, e.g. after re-running rows with --filter)
var options = Options.Parse(args);
if (options.WriteData is { } dataPath)
{
    BenchData.WriteFile(dataPath, TfjsCounterparts.Rows);
    Console.WriteLine($"wrote {TfjsCounterparts.Rows:N0} rows to {dataPath}");
    return 0;
}

if (options.ProbeSerialization)
{
    // The large reads in a Stopwatch loop with their collections, under the GC settings of the environment (see README).
    SerializationProbe.Run();
    return 0;
}

if (options.ProbeData)
{
    // The data group's values and a Stopwatch time of each side (see README).
    DataProbe.Run();
    return 0;
}

if (options.Scale)
{
    // Not BenchmarkDotNet: one Stopwatch-timed pass per configuration, up to 100,000 shards (see ScaleSimulation).
    var date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    var scalePath = Path.Combine(Options.RepositoryRoot(), "bench", "results", $"scale-{date}.md");
    var body = ScaleSimulation.Run();
    File.WriteAllText(scalePath, $"# Scale simulation, {date} (issue 16, item 6)\n\nCommand (from the repository root):\n\n```bash\ndotnet build -c Release bench/Metrics.Benchmarks\ndotnet bench/Metrics.Benchmarks/bin/Release/net10.0/Metrics.Benchmarks.dll --scale\n```\n\n{body}");
    Console.WriteLine($"wrote {scalePath}");
    return 0;
}

if (options.Wants("cluster"))
{
    // Not BenchmarkDotNet: seconds per evaluation, a cluster started once (see ClusterOverhead).
    var date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    var clusterPath = Path.Combine(Options.RepositoryRoot(), "bench", "results", $"cluster-{date}.md");
    var body = await ClusterOverhead.RunAsync();
    File.WriteAllText(clusterPath, $"# Cluster overhead, {date} (issue 16, Performance)\n\nCommand (from the repository root):\n\n```bash\ndotnet build -c Release bench/Metrics.Benchmarks\ndotnet bench/Metrics.Benchmarks/bin/Release/net10.0/Metrics.Benchmarks.dll --only cluster\n```\n\n{body}");
    Console.WriteLine($"wrote {clusterPath}");
    if (options.Only.Length == 1)
    {
        return 0;
    }
}

if (options.ProbeExact)
{
    // Issue 19, item 3: the binary report with exact ROC AUC split by step (see ExactAucProbe).
    ExactAucProbe.Run();
    return 0;
}

if (options.ProbeFused)
{
    // Issue 19, item 1: the fused reports' ratios with a Stopwatch, beside ML.NET's evaluators (see FusedReportProbe).
    FusedReportProbe.Run();
    return 0;
}

if (options.Probe)
{
    // A plain Stopwatch loop for looking at the hot loop, e.g. with DOTNET_JitDisasm=Elementwise (see README);
    // with --only logexp, the log/exp metrics against Dot (run once more under DOTNET_EnableHWIntrinsic=0).
    if (options.Wants("logexp"))
    {
        LogExpProbe.Run();
    }
    else
    {
        Probe.Run();
    }

    return 0;
}

var results = Path.Combine(Options.RepositoryRoot(), "bench", "results");
Directory.CreateDirectory(results);

var (agree, agreement) = Agreement.Check();
Console.WriteLine(agreement);
if (!agree)
{
    Console.Error.WriteLine("ML.NET and Metrics.Dsl disagree; not benchmarking a wrong report.");
    return 1;
}

if (options.Wants("data"))
{
    var (dataAgree, dataAgreement) = DataAgreement.Check();
    Console.WriteLine(dataAgreement);
    if (!dataAgree)
    {
        Console.Error.WriteLine("scikit-learn, ML.NET and Metrics.Dsl disagree on the data reports; not benchmarking a wrong report.");
        return 1;
    }

    agreement += Environment.NewLine + dataAgreement;
}

if (options.FromCsv)
{
    // Rebuild the table from every CSV export so far (later runs replace earlier rows of the same benchmark).
    var csv = new DirectoryInfo(Path.Combine(results, "BenchmarkDotNet.Artifacts", "results")).GetFiles("*-report.csv")
        .OrderBy(f => f.LastWriteTimeUtc).Select(f => f.FullName);
    var fromCsv = RatioTable.Write(RatioTable.FromCsv(csv), agreement, Path.Combine(results, "tfjs.json"), options.JobName);
    File.WriteAllText(Path.Combine(results, $"ratios-{options.JobName}.md"), fromCsv);
    Console.WriteLine(fromCsv);
    return 0;
}

var vectorJob = options.Job(id: "Vector");
var scalarJob = options.Job(id: "Scalar").WithEnvironmentVariables(new EnvironmentVariable("DOTNET_EnableHWIntrinsic", "0"));
ManualConfig Config(Job job)
{
    var config = DefaultConfig.Instance
        .AddJob(job)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithArtifactsPath(Path.Combine(results, "BenchmarkDotNet.Artifacts"))
        .WithBuildTimeout(TimeSpan.FromMinutes(15))
        .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);
    return options.Filter is { } filter ? config.AddFilter(new BenchmarkDotNet.Filters.GlobFilter(filter.Split(','))) : config;
}

// One BenchmarkRunner call, so the generated project is built once for every class and both jobs.
var runs = new List<BenchmarkRunInfo>();
void Add(Job job, params Type[] types) => runs.AddRange(types.Select(t => BenchmarkConverter.TypeToBenchmarks(t, Config(job))));
if (options.Wants("elementwise"))
{
    Add(vectorJob, typeof(ElementwiseBenchmarks<float>), typeof(ElementwiseBenchmarks<double>));
}

if (options.Wants("scalar"))
{
    Add(scalarJob, typeof(ScalarPathBenchmarks<float>), typeof(ScalarPathBenchmarks<double>));
}

if (options.Wants("mlnet"))
{
    Add(vectorJob, typeof(MlNetBenchmarks));
}

if (options.Wants("tfjs"))
{
    Add(vectorJob, typeof(TfjsCounterparts));
}

if (options.Wants("auc"))
{
    Add(vectorJob, typeof(AucBenchmarks));
}

if (options.Wants("serialization"))
{
    Add(vectorJob, typeof(SerializationBenchmarks), typeof(FixedSizeStateBenchmarks), typeof(ChecksumBenchmarks));

    // The large reads allocate megabytes per call; with the GC's default the freed large-object memory goes back to
    // the OS and every call faults its pages in again. RetainVM keeps it, as a long-running service would see it.
    Add(options.Job(id: "RetainVM").WithEnvironmentVariables(new EnvironmentVariable("DOTNET_GCRetainVM", "1")), typeof(SerializationBenchmarks));
}

if (options.Wants("logexp"))
{
    // The scalar job times the metrics' scalar path, the one they took before Log/Exp had lane-wise forms.
    Add(vectorJob, typeof(LogExpBenchmarks<float>), typeof(LogExpBenchmarks<double>));
    Add(scalarJob, typeof(LogExpBenchmarks<float>), typeof(LogExpBenchmarks<double>));
}

if (options.Wants("parallel"))
{
    Add(vectorJob, typeof(ParallelBenchmarks));
}

if (options.Wants("fused"))
{
    Add(vectorJob, typeof(FusedReportBenchmarks));
}

if (options.Wants("data"))
{
    // Seconds per call: no pilot stage, one warm-up, a few measured calls.
    Add(options.DataJob(), typeof(CsvReportBenchmarks), typeof(ParquetReportBenchmarks), typeof(ArrowReportBenchmarks), typeof(DataViewBenchmarks));
}

var summaries = BenchmarkRunner.Run(runs.ToArray());

var table = RatioTable.Write(summaries, agreement, Path.Combine(results, "tfjs.json"), options.JobName);
// A run of some groups only writes its own file, so it never replaces the table of a run of every group.
var output = Path.Combine(results, options.AllGroups ? $"ratios-{options.JobName}.md" : $"ratios-{options.JobName}-{string.Join('+', options.Only)}.md");
File.WriteAllText(output, table);
Console.WriteLine(table);
Console.WriteLine($"wrote {output}");
return 0;

/// <summary>Command-line options.</summary>
internal sealed record Options(string JobName, string[] Only, string? Filter, string? WriteData, bool Probe, bool FromCsv, bool ProbeSerialization, bool ProbeData, bool Scale, bool ProbeFused, bool ProbeExact = false)
{
    public static Options Parse(string[] args)
    {
        string job = "quick", only = string.Join(',', DefaultGroupNames);
        string? filter = null, data = null;
        bool probe = false, fromCsv = false, probeSerialization = false, probeData = false, scale = false, probeFused = false, probeExact = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--job": job = args[++i]; break;
                case "--only": only = args[++i]; break;
                case "--filter": filter = args[++i]; break;
                case "--write-data": data = args[++i]; break;
                case "--probe": probe = true; break;
                case "--from-csv": fromCsv = true; break;
                case "--probe-serialization": probeSerialization = true; break;
                case "--probe-data": probeData = true; break;
                case "--scale": scale = true; break;
                case "--probe-fused": probeFused = true; break;
                case "--probe-exact": probeExact = true; break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'", nameof(args));
            }
        }

        if (job is not ("quick" or "full"))
        {
            throw new ArgumentException($"--job must be quick or full, not '{job}'", nameof(args));
        }

        var groups = only.Split(',');
        if (groups.FirstOrDefault(g => !DefaultGroupNames.Contains(g) && !OptInGroupNames.Contains(g)) is { } unknown)
        {
            throw new ArgumentException($"--only: unknown group '{unknown}'; the groups are {string.Join(", ", DefaultGroupNames.Concat(OptInGroupNames))}", nameof(args));
        }

        return new(job, groups, filter, data, probe, fromCsv, probeSerialization, probeData, scale, probeFused, probeExact);
    }

    public bool Wants(string group) => Only.Contains(group);

    /// <summary>Whether every default group runs, and nothing else (no --only, or --only naming exactly them).</summary>
    public bool AllGroups => DefaultGroupNames.All(Only.Contains) && Only.All(DefaultGroupNames.Contains);

    private static readonly string[] DefaultGroupNames = ["elementwise", "scalar", "mlnet", "tfjs", "auc", "serialization"];

    /// <summary>Groups that run only when --only names them (minutes per group, external programs).</summary>
    private static readonly string[] OptInGroupNames = ["data", "cluster", "logexp", "parallel", "fused"];

    /// <summary>
    /// For calls of seconds (the data group): BenchmarkDotNet's Monitoring strategy (no pilot stage, no overhead
    /// subtraction, one call per iteration), one warm-up and 3 measured calls (quick) or 5 (full).
    /// </summary>
    public Job DataJob() => BenchmarkDotNet.Jobs.Job.Default.WithStrategy(BenchmarkDotNet.Engines.RunStrategy.Monitoring)
        .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(JobName == "quick" ? 3 : 5).WithId("Data");

    /// <summary>quick: 1 launch, 3 warm-ups, 5 iterations of ≥ 100 ms; full: BenchmarkDotNet's defaults (automatic).</summary>
    public Job Job(string id) => JobName == "quick"
        ? BenchmarkDotNet.Jobs.Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(100)).WithId(id)
        : BenchmarkDotNet.Jobs.Job.Default.WithId(id);

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Metrics.Dsl.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

/// <summary>Turns the BenchmarkDotNet summaries into the ratio tables of the report (the targets of docs/performance.md beside them).</summary>
internal static class RatioTable
{
    public sealed record Row(string Class, string Type, string Method, int Size, string Inputs, string Job, double Nanoseconds, long? Allocated);

    public static string Write(IEnumerable<Summary> summaries, string agreement, string tfjsPath, string jobName) =>
        Write(FromSummaries(summaries), agreement, tfjsPath, jobName);

    public static List<Row> FromSummaries(IEnumerable<Summary> summaries) =>
        summaries.SelectMany(s => s.Reports)
            .Where(r => r.ResultStatistics is not null)
            .Select(r =>
            {
                var c = r.BenchmarkCase;
                var type = c.Descriptor.Type;
                var element = type.IsGenericType ? type.GetGenericArguments()[0] == typeof(float) ? "float" : "double" : "float";
                var size = c.Parameters.Items.FirstOrDefault(p => p.Name == "Size")?.Value is int n ? n : MlNetBenchmarks.Rows;
                var inputs = c.Parameters.Items.FirstOrDefault(p => p.Name is "Inputs" or "State")?.Value?.ToString() ?? "Plain";
                return new Row(
                    type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] : type.Name, element, c.Descriptor.WorkloadMethod.Name, size,
                    inputs, c.Job.Id, r.ResultStatistics!.Median, r.GcStats.GetBytesAllocatedPerOperation(c));
            })
            .ToList();

    /// <summary>
    /// The rows of BenchmarkDotNet's CSV exports (results/*-report.csv; several runs may be combined, later files
    /// replacing earlier rows of the same benchmark), for rebuilding the table after re-running some rows.
    /// </summary>
    public static List<Row> FromCsv(IEnumerable<string> files)
    {
        var rows = new Dictionary<(string, string, string, int, string, string), Row>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            var header = SplitCsv(lines[0]);
            int Col(string name) => Array.IndexOf(header, name);
            foreach (var line in lines.Skip(1))
            {
                var cells = SplitCsv(line);
                string Cell(string name) => Col(name) is >= 0 and var i && i < cells.Length ? cells[i] : "";
                var typeName = Cell("Type");
                if (typeName == "")
                {
                    typeName = Path.GetFileName(file).Split('-')[0].Replace("Metrics.Benchmarks.", "", StringComparison.Ordinal);
                }

                // BenchmarkDotNet prints a Median column only when some row's distribution needs it.
                var nanoseconds = Duration(Cell("Median"));
                if (double.IsNaN(nanoseconds))
                {
                    nanoseconds = Duration(Cell("Mean"));
                }

                if (double.IsNaN(nanoseconds))
                {
                    continue;
                }

                var generic = typeName.IndexOf('<', StringComparison.Ordinal);
                var cls = generic < 0 ? typeName : typeName[..generic];
                var element = typeName.Contains("Double", StringComparison.Ordinal) ? "double" : "float";
                var method = MethodName(Cell("Method"));
                var size = int.TryParse(Cell("Size"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : MlNetBenchmarks.Rows;
                var inputs = (Cell("Inputs") is { Length: > 0 } i && i != "?" ? i : Cell("State")) is { Length: > 0 } s && s != "?" ? s : "Plain"; // "?": not a parameter of that class
                var row = new Row(cls, element, method, size, inputs, Cell("Job"), nanoseconds, Bytes(Cell("Allocated")));
                rows[(row.Class, row.Type, row.Method, row.Size, row.Inputs, row.Job)] = row;
            }
        }

        return rows.Values.ToList();
    }

    private static string MethodName(string display) => display.Trim('\'', '"') switch
    {
        "HuberLoss (custom)" => "HuberLoss",
        "ML.NET Regression.Evaluate" => "MlNetRegression",
        "Metrics.Dsl regression report" => "OurRegression",
        "Metrics.Dsl regression report, R2 via Welford" => "OurRegressionWelford",
        "Metrics.Dsl regression report, built-in R2Score" => "OurRegressionR2Score",
        "ML.NET BinaryClassification.EvaluateNonCalibrated" => "MlNetBinary",
        "Metrics.Dsl binary report (no AUC)" => "OurBinary",
        "Array.Sort (copy + sort)" => "ArraySort",
        "ExactAuc (ROC)" => "ExactAuc",
        "Auc (binned, 200)" => "BinnedAuc",
        "Roofline Dot" => "Roofline",
        "memcpy" => "Memcpy",
        "Write (Span)" => "Write",
        "memcpy into a new array" => "CopyToNewArray",
        "memcpy into a new uninitialized array" => "CopyToUninitializedArray",
        "XxHash3" => "XxHash3Hash",
        "XxHash64" => "XxHash64Hash",
        "XxHash128" => "XxHash128Hash",
        "Crc32" => "Crc32Hash",
        "Crc64" => "Crc64Hash",
        "MeanSquaredError Write" => "MseWrite",
        "MeanSquaredError Read" => "MseRead",
        "Welford Write" => "WelfordWrite",
        "Welford Read" => "WelfordRead",
        "BinaryCounts Write" => "CountsWrite",
        "BinaryCounts Read" => "CountsRead",
        "Metrics.Dsl binary report + exact AUC" => "OurBinaryExactAuc",
        "Metrics.Dsl binary report + binned AUC" => "OurBinaryBinnedAuc",
        "pandas.read_csv + scikit-learn (python3 child process)" => "PandasSklearn",
        "Metrics.Dsl child process" => "OursChildProcess",
        "Metrics.Dsl in process" => "OursInProcess",
        "Parquet.Net: read label and score" or "Apache.Arrow: read label and score" => "ReadColumns",
        "ML.NET EvaluateNonCalibrated (data view)" => "MlNet",
        "Metrics.ML IDataView.Evaluate (six metrics)" => "Ours",
        var other => other,
    };

    private static string[] SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if ((ch == ',' || ch == ';') && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }

        cells.Add(cell.ToString());
        return cells.ToArray();
    }

    private static double Duration(string text)
    {
        var parts = text.Replace(",", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return double.NaN;
        }

        return parts[1] switch { "ns" => value, "us" or "μs" => value * 1e3, "ms" => value * 1e6, "s" => value * 1e9, _ => double.NaN };
    }

    private static long? Bytes(string text)
    {
        if (text is "-" or "0 B")
        {
            return 0;
        }

        var parts = text.Replace(",", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return (long)(value * parts[1] switch { "B" => 1, "KB" => 1024, "MB" => 1 << 20, "GB" => 1 << 30, _ => double.NaN });
    }

    public static string Write(List<Row> rows, string agreement, string tfjsPath, string jobName)
    {

        var md = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        md.AppendLine(invariant, $"# Metrics.Dsl benchmark ratios ({jobName} job, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
        md.AppendLine();
        md.AppendLine(invariant, $"{Environment.ProcessorCount} logical cores; {Environment.OSVersion}; .NET {Environment.Version}; " +
            $"Vector512 accelerated: {Vector512.IsHardwareAccelerated}, Vector256: {Vector256.IsHardwareAccelerated}. Times are BenchmarkDotNet medians (robust to the bursts of the other jobs sharing the cores), or means where BenchmarkDotNet printed no median column.");
        md.AppendLine();

        var vector = rows.Where(r => r.Class == "ElementwiseBenchmarks").ToList();
        if (vector.Count > 0)
        {
            md.AppendLine("## Element-wise metrics vs the roofline `TensorPrimitives.Dot(labels, predictions)`");
            md.AppendLine();
            md.AppendLine("Target: ≤ 1.25× at 1M and 16M, ≤ 1.6× masked or weighted. Allocated = bytes per call (Update + Compute).");
            md.AppendLine();
            md.AppendLine("| Type | Size | Inputs | Roofline µs | " + string.Join(" | ", Methods(vector).Select(m => m + " ×")) + " | Allocated B |");
            md.AppendLine("|---|---:|---|---:|" + string.Concat(Methods(vector).Select(_ => "---:|")) + "---:|");
            foreach (var g in vector.GroupBy(r => (r.Type, r.Size, r.Inputs)).OrderBy(g => g.Key.Type).ThenBy(g => g.Key.Size).ThenBy(g => g.Key.Inputs))
            {
                var roof = g.FirstOrDefault(r => r.Method == "Roofline");
                var cells = Methods(vector).Select(m => g.FirstOrDefault(r => r.Method == m) is { } r && roof is not null
                    ? Mark(r.Nanoseconds / roof.Nanoseconds, g.Key.Size >= 1 << 20 ? g.Key.Inputs == "Plain" ? 1.25 : 1.6 : double.NaN)
                    : "–");
                var allocated = g.Where(r => r.Method != "Roofline").Max(r => r.Allocated ?? -1);
                md.AppendLine(invariant, $"| {g.Key.Type} | {Size(g.Key.Size)} | {g.Key.Inputs} | {(roof is null ? "–" : (roof.Nanoseconds / 1000).ToString("F1", invariant))} | {string.Join(" | ", cells)} | {allocated} |");
            }

            md.AppendLine();
        }

        var scalar = rows.Where(r => r.Class == "ScalarPathBenchmarks").ToList();
        if (scalar.Count > 0)
        {
            md.AppendLine("## Speed-up over the metric's own scalar path (`DOTNET_EnableHWIntrinsic=0` job ÷ vector job)");
            md.AppendLine();
            md.AppendLine("Target: ≥ 6× in cache (64K–1M). Unmasked, unweighted.");
            md.AppendLine();
            md.AppendLine("| Type | Size | Metric | Scalar µs | Vector µs | Speed-up |");
            md.AppendLine("|---|---:|---|---:|---:|---:|");
            foreach (var s in scalar.OrderBy(r => r.Type).ThenBy(r => r.Size).ThenBy(r => r.Method))
            {
                var v = vector.FirstOrDefault(r => r.Type == s.Type && r.Size == s.Size && r.Inputs == "Plain" && r.Method == s.Method);
                var speedup = v is null ? "–" : MarkAtLeast(s.Nanoseconds / v.Nanoseconds, 6);
                md.AppendLine(invariant, $"| {s.Type} | {Size(s.Size)} | {s.Method} | {s.Nanoseconds / 1000:F1} | {(v is null ? "–" : (v.Nanoseconds / 1000).ToString("F1", invariant))} | {speedup} |");
            }

            md.AppendLine();
        }

        var ml = rows.Where(r => r.Class == "MlNetBenchmarks").ToDictionary(r => r.Method);
        if (ml.Count > 0)
        {
            md.AppendLine(invariant, $"## Reports vs ML.NET on {MlNetBenchmarks.Rows:N0} rows");
            md.AppendLine();
            md.AppendLine("| Report | ML.NET ms | Metrics.Dsl ms | Speed-up | Target | ML.NET allocated B | Metrics.Dsl allocated B |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var (name, theirs, ours, target) in new[] { ("Regression (MAE, MSE, RMSE, R2)", "MlNetRegression", "OurRegression", 50.0), ("Regression, R2 via the built-in Welford", "MlNetRegression", "OurRegressionWelford", 50.0), ("Regression, R2 from the built-in R2Score", "MlNetRegression", "OurRegressionR2Score", 50.0), ("Binary (accuracy, precision, recall, F1; no AUC)", "MlNetBinary", "OurBinary", 20.0), ("Binary + exact ROC AUC", "MlNetBinary", "OurBinaryExactAuc", 20.0), ("Binary + binned AUC (200 thresholds)", "MlNetBinary", "OurBinaryBinnedAuc", 200.0) })
            {
                if (ml.TryGetValue(theirs, out var t) && ml.TryGetValue(ours, out var o))
                {
                    md.AppendLine(invariant, $"| {name} | {t.Nanoseconds / 1e6:F2} | {o.Nanoseconds / 1e6:F3} | {MarkAtLeast(t.Nanoseconds / o.Nanoseconds, target)} | ≥ {target}× | {t.Allocated} | {o.Allocated} |");
                }
            }

            md.AppendLine();
            md.AppendLine(agreement);
        }

        var auc = rows.Where(r => r.Class == "AucBenchmarks").ToDictionary(r => r.Method);
        if (auc.TryGetValue("ArraySort", out var sort))
        {
            md.AppendLine(invariant, $"## AUC on {AucBenchmarks.Rows:N0} float scores");
            md.AppendLine();
            md.AppendLine("| Metric | ms | Ratio | Target | Allocated B |");
            md.AppendLine("|---|---:|---:|---:|---:|");
            md.AppendLine(invariant, $"| Array.Sort (copy + sort) | {sort.Nanoseconds / 1e6:F1} | 1.00 | baseline | {sort.Allocated} |");
            if (auc.TryGetValue("ExactAuc", out var exact))
            {
                md.AppendLine(invariant, $"| ExactAuc (radix ranking) | {exact.Nanoseconds / 1e6:F1} | {Mark(exact.Nanoseconds / sort.Nanoseconds, 0.3)} × Array.Sort | ≤ 0.3× | {exact.Allocated} |");
            }

            if (auc.TryGetValue("BinnedAuc", out var binned) && auc.TryGetValue("Roofline", out var dot))
            {
                md.AppendLine(invariant, $"| Roofline Dot | {dot.Nanoseconds / 1e6:F2} | – | – | {dot.Allocated} |");
                md.AppendLine(invariant, $"| Auc (binned, 200 thresholds) | {binned.Nanoseconds / 1e6:F2} | {Mark(binned.Nanoseconds / dot.Nanoseconds, 2)} × Dot | ≤ 2× | {binned.Allocated} |");
            }

            md.AppendLine();
        }

        Serialization(md, rows);
        DataTables.Write(md, rows);

        var tf = rows.Where(r => r.Class == "TfjsCounterparts").ToDictionary(r => r.Method);
        if (tf.Count > 0)
        {
            md.AppendLine(invariant, $"## TF.js `tf.metrics.*` (node, CPU backend) on the same {TfjsCounterparts.Rows:N0} float32 values");
            md.AppendLine();
            var tfjs = File.Exists(tfjsPath) ? JsonDocument.Parse(File.ReadAllText(tfjsPath)).RootElement : (JsonElement?)null;
            md.AppendLine("Target: ≥ 100×. TF.js times are the median of the script's timed runs (bench/tfjs/bench.js).");
            md.AppendLine();
            md.AppendLine("| Metric | TF.js function | TF.js ms | Metrics.Dsl µs | Speed-up |");
            md.AppendLine("|---|---|---:|---:|---:|");
            foreach (var (method, function) in new[] { ("MeanSquaredError", "meanSquaredError"), ("MeanAbsoluteError", "meanAbsoluteError"), ("BinaryAccuracy", "binaryAccuracy"), ("Precision", "precision"), ("Recall", "recall") })
            {
                if (!tf.TryGetValue(method, out var o))
                {
                    continue;
                }

                var ms = tfjs is { } doc && doc.GetProperty("results").TryGetProperty(function, out var f) ? f.GetProperty("medianMs").GetDouble() : double.NaN;
                md.AppendLine(invariant, $"| {method} | tf.metrics.{function} | {(double.IsNaN(ms) ? "not run" : ms.ToString("F2", invariant))} | {o.Nanoseconds / 1000:F1} | {(double.IsNaN(ms) ? "–" : MarkAtLeast(ms * 1e6 / o.Nanoseconds, 100))} |");
            }

            md.AppendLine();
        }

        return md.ToString();
    }

    /// <summary>The binary state format: large states against a copy of the same bytes, fixed-size states in nanoseconds.</summary>
    private static void Serialization(StringBuilder md, List<Row> rows)
    {
        var invariant = CultureInfo.InvariantCulture;
        var large = rows.Where(r => r.Class == "SerializationBenchmarks").ToList();
        if (large.Count > 0)
        {
            md.AppendLine("## Binary state format: large states vs a copy of the same bytes");
            md.AppendLine();
            md.AppendLine("Target: ≥ 0.5× the speed of the copy, i.e. time ÷ memcpy ≤ 2. memcpy and Write go into a preallocated buffer; Read allocates the state's arrays (\"new array\": a copy into a fresh array, the allocation Read cannot avoid).");
            md.AppendLine();
            md.AppendLine("| State | Job | memcpy µs | Write µs | Write × | Read µs | Read × | new array µs | new uninitialized array µs | Write allocated B | Read allocated B |");
            md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var g in large.GroupBy(r => (r.Inputs, r.Job)).OrderBy(g => g.Key.Inputs, StringComparer.Ordinal).ThenByDescending(g => g.Key.Job, StringComparer.Ordinal))
            {
                Row? Get(string method) => g.FirstOrDefault(r => r.Method == method);
                var copy = Get("Memcpy");
                string Us(Row? r) => r is null ? "–" : (r.Nanoseconds / 1000).ToString("F0", invariant);
                string Ratio(Row? r) => r is null || copy is null ? "–" : Mark(r.Nanoseconds / copy.Nanoseconds, 2);
                md.AppendLine(invariant, $"| {g.Key.Inputs} | {g.Key.Job} | {Us(copy)} | {Us(Get("Write"))} | {Ratio(Get("Write"))} | {Us(Get("Read"))} | {Ratio(Get("Read"))} | {Us(Get("CopyToNewArray"))} | {Us(Get("CopyToUninitializedArray"))} | {Get("Write")?.Allocated} | {Get("Read")?.Allocated} |");
            }

            md.AppendLine();
        }

        var checksums = rows.Where(r => r.Class == "ChecksumBenchmarks").ToList();
        if (checksums.FirstOrDefault(r => r.Method == "Memcpy") is { } baseline)
        {
            md.AppendLine(invariant, $"## Checksums over {ChecksumBenchmarks.Bytes >> 20} MB vs a copy of the same bytes");
            md.AppendLine();
            md.AppendLine("| Function | µs | GB/s | × memcpy |");
            md.AppendLine("|---|---:|---:|---:|");
            foreach (var r in checksums.OrderBy(r => r.Nanoseconds))
            {
                md.AppendLine(invariant, $"| {r.Method} | {r.Nanoseconds / 1000:F0} | {ChecksumBenchmarks.Bytes / r.Nanoseconds:F1} | {r.Nanoseconds / baseline.Nanoseconds:F2} |");
            }

            md.AppendLine();
        }

        var fixedSize = rows.Where(r => r.Class == "FixedSizeStateBenchmarks").ToList();
        if (fixedSize.Count > 0)
        {
            md.AppendLine("## Binary state format: fixed-size states");
            md.AppendLine();
            md.AppendLine("Target: ≤ 100 ns and 0 B allocated per Write (into a preallocated span) and per Read.");
            md.AppendLine();
            md.AppendLine("| Operation | ns | Allocated B |");
            md.AppendLine("|---|---:|---:|");
            foreach (var r in fixedSize)
            {
                md.AppendLine(invariant, $"| {r.Method} | {Mark(r.Nanoseconds, 100)} | {r.Allocated}{(r.Allocated == 0 ? " ✓" : " ✗")} |");
            }

            md.AppendLine();
        }
    }

    private static IEnumerable<string> Methods(List<Row> rows) => rows.Select(r => r.Method).Where(m => m != "Roofline").Distinct();

    private static string Size(int n) => n >= 1 << 20 ? $"{n >> 20}M" : $"{n >> 10}K";

    private static string Mark(double ratio, double target) =>
        ratio.ToString("F2", CultureInfo.InvariantCulture) + (double.IsNaN(target) ? "" : ratio <= target ? " ✓" : " ✗");

    private static string MarkAtLeast(double ratio, double target) =>
        ratio.ToString(ratio >= 100 ? "F0" : "F1", CultureInfo.InvariantCulture) + "×" + (ratio >= target ? " ✓" : " ✗");
}
