using System;
using System.Diagnostics;
using System.Runtime.Intrinsics;
using ScalarPath;

// A simple pair update over 16M doubles: the generated update against a hand-written loop, in the same process.
// Best of `rounds` calls each, the cases interleaved so that load on a shared machine falls on all of them.
var size = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1 << 24;
var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15;
var random = new Random(17);
var labels = new double[size];
var predictions = new double[size];
for (var i = 0; i < size; i++)
{
    labels[i] = random.NextDouble();
    predictions[i] = labels[i] + random.NextDouble() - 0.5;
}

var labelsF = Array.ConvertAll(labels, x => (float)x);
var predictionsF = Array.ConvertAll(predictions, x => (float)x);

var cases = new (string Name, Func<double> Run)[]
{
    ("hand loop", () => HandLoop(labels, predictions)),
    ("generated (AbsoluteError)", () => new AbsoluteError().Update(labels, predictions).Compute()),
    ("built-in MeanAbsoluteError", () => new Metrics.MeanAbsoluteError().Update(labels, predictions).Compute()),
    ("generic Update<T>, double", () => new GenericAbsoluteError().Update(labels, predictions).Compute()),
    ("generic Update<T>, float", () => new GenericAbsoluteError().Update(labelsF, predictionsF).Compute()),
    ("hand loop, float", () => HandLoopF(labelsF, predictionsF)),
    ("operator, MetricKernel.Pairs (ref loop)", () => KernelLoop(labels, predictions)),
    ("operator, MetricUpdate.WeightedPairs", () => EntryPoint(labels, predictions)),
};

var expected = HandLoop(labels, predictions);
foreach (var (name, run) in cases)
{
    var value = run();
    var tolerance = name.EndsWith("float", StringComparison.Ordinal) ? 1e-6 : 1e-9;
    if (Math.Abs(value - expected) > tolerance * Math.Abs(expected))
    {
        throw new InvalidOperationException($"{name}: {value} but the hand loop gives {expected}");
    }
}

var best = new double[cases.Length];
Array.Fill(best, double.MaxValue);
for (var round = 0; round < rounds; round++)
{
    for (var c = 0; c < cases.Length; c++)
    {
        var watch = Stopwatch.StartNew();
        cases[c].Run();
        best[c] = Math.Min(best[c], watch.Elapsed.TotalMilliseconds);
    }
}

Console.WriteLine($"{size:N0} pairs, best of {rounds}; Vector128 accelerated: {Vector128.IsHardwareAccelerated}; load {System.IO.File.ReadAllText("/proc/loadavg").Trim()}");
for (var c = 0; c < cases.Length; c++)
{
    Console.WriteLine($"| {cases[c].Name} | {best[c]:F2} ms | {best[c] / best[0]:F2}× |");
}

static double HandLoopF(float[] labels, float[] predictions)
{
    double total = 0, count = 0;
    for (var i = 0; i < labels.Length; i++)
    {
        total += Math.Abs((double)predictions[i] - labels[i]);
        count += 1;
    }

    return total / count;
}

// The same hand-written operator through the kernel's loop (operator by reference) and through the shared entry point
// (its scalar loop runs on a local copy): the loop change alone, without the generator.
static double KernelLoop(double[] labels, double[] predictions)
{
    var op = new SumCountOperator();
    Metrics.Kernels.MetricKernel.Pairs<double, double, SumCountOperator>(ref op, labels, predictions, default);
    return op.Total / op.Count;
}

static double EntryPoint(double[] labels, double[] predictions)
{
    var op = new SumCountOperator();
    var batch = Metrics.Kernels.MetricUpdate.Pairs<double, double, double>(labels, predictions, default, false, default, false);
    Metrics.Kernels.MetricUpdate.WeightedPairs<double, double, double, SumCountOperator>(ref op, batch, default);
    return op.Total / op.Count;
}

static double HandLoop(double[] labels, double[] predictions)
{
    double total = 0, count = 0;
    for (var i = 0; i < labels.Length; i++)
    {
        total += Math.Abs(predictions[i] - labels[i]);
        count += 1;
    }

    return total / count;
}

internal struct SumCountOperator : Metrics.Kernels.IWeightedPairOperator<double, double, double>
{
    public double Total;
    public double Count;

    public void Add(double label, double prediction)
    {
        Total += Math.Abs(prediction - label);
        Count += 1;
    }

    public void Add(double label, double prediction, double weight)
    {
        Total += weight * Math.Abs(prediction - label);
        Count += weight;
    }
}
