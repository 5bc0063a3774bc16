using System;
using System.Collections.Generic;
using System.Linq;

namespace Metrics.Runtime.Tests.BadInput;

/// <summary>
/// Runs every case of <see cref="MatrixCases"/> on a metric that already holds data, through one input path, and
/// returns what broke SPEC §7, one line per case: an exception other than ArgumentException/InvalidOperationException,
/// an exception naming the wrong argument, a rejection that changed the state, or an accepted input whose value is
/// not the documented one.
/// </summary>
internal static class MatrixRunner
{
    /// <summary>The failures, keyed by case name.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="create">Creates the metric with parameters through the path under test.</param>
    /// <param name="otherMetric">Creates a different metric of the same path, or null.</param>
    public static SortedDictionary<string, string> Run(
        MatrixMetric metric, Func<IReadOnlyDictionary<string, object?>, IBatchSubject> create, Func<IMatrixSubject>? otherMetric = null)
    {
        var weighted = TakesWeights(metric, create);
        var data = weighted
            ? metric.Batch with { Weights = Enumerable.Range(0, metric.Batch.Length).Select(i => i % 2 == 0 ? 1.0 : 2.0).ToArray() }
            : metric.Batch;
        IMatrixSubject Filled()
        {
            var subject = create(metric.Arguments);
            subject.Update(data);
            return subject;
        }

        return RunCases(MatrixCases.For(metric, weighted, create, otherMetric), Filled);
    }

    /// <summary>Runs <paramref name="cases"/>, each on a fresh metric from <paramref name="filled"/>; the failures, keyed by case name.</summary>
    public static SortedDictionary<string, string> RunCases(IEnumerable<MatrixCase> cases, Func<IMatrixSubject> filled)
    {
        var failures = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            var subject = filled();
            if (c.Batch is { } batch && subject is IBatchSubject batched && !batched.CanCarry(batch))
            {
                continue;
            }

            var problem = Check(c, subject, filled);
            if (problem is not null)
            {
                failures[c.Name] = problem;
            }
        }

        return failures;
    }

    private static bool TakesWeights(MatrixMetric metric, Func<IReadOnlyDictionary<string, object?>, IBatchSubject> create)
    {
        try
        {
            create(metric.Arguments).Update(metric.Batch.WithUnitWeights());
            return true;
        }
        catch (ArgumentException e) when (e.Message.Contains("does not take sample weights", StringComparison.Ordinal))
        {
            return false;
        }
    }

    private static string? Check(MatrixCase c, IMatrixSubject subject, Func<IMatrixSubject> filled)
    {
        var before = subject.Snapshot();
        Exception? error = null;
        try
        {
            c.Apply(subject);
        }
        catch (Exception e)
        {
            error = e;
        }

        var after = subject.Snapshot();
        if (after.ComputeException is { } computeError && !IsClear(computeError))
        {
            return $"Compute then throws {computeError.Name}";
        }

        if (error is not null)
        {
            if (!IsClear(error.GetType()))
            {
                return $"{error.GetType().Name} escaped: {Cut(error.Message)}";
            }

            if (!after.SameAs(before))
            {
                return $"rejected ({error.GetType().Name}: {Cut(error.Message)}) but the state changed: {Cut(before.StateText)} -> {Cut(after.StateText)}";
            }

            if (c.Expect is Expectation.NoOp or Expectation.RoundsAs)
            {
                return $"a documented no-op was rejected: {error.GetType().Name}: {Cut(error.Message)}";
            }

            if (error is ArgumentException argument && c.ParamNames.Length > 0
                && !c.ParamNames.Any(p => Names(argument.ParamName, p)))
            {
                return $"ParamName '{argument.ParamName}', expected {string.Join(" or ", c.ParamNames)}: {Cut(argument.Message)}";
            }

            return null;
        }

        switch (c.Expect)
        {
            case Expectation.Reject:
                return $"accepted; value {Describe(after)}";
            case Expectation.NoOp when !after.SameAs(before):
                return $"changed the state: {Cut(before.StateText)} -> {Cut(after.StateText)}";
            case Expectation.PropagateOrReject when after.ValueIsFinite:
                return $"a NaN input gave the finite value {Describe(after)}";
            case Expectation.SameAsOrReject or Expectation.RoundsAs:
                var reference = filled();
                c.Equivalent!(reference);
                var expected = reference.Snapshot();
                var same = c.Expect == Expectation.SameAsOrReject
                    ? expected.Value == after.Value
                    : Close(expected.Doubles, after.Doubles);
                return same ? null : $"value {Describe(after)}, documented {Describe(expected)}";
            default:
                return null;
        }
    }

    /// <summary>The exceptions SPEC §7 allows to escape.</summary>
    public static bool IsClear(Type exception) =>
        typeof(ArgumentException).IsAssignableFrom(exception) || typeof(InvalidOperationException).IsAssignableFrom(exception);

    /// <summary>Whether an exception's ParamName names <paramref name="expected"/>, or an element of it (<c>Thresholds[1]</c>).</summary>
    public static bool Names(string? paramName, string expected)
    {
        var name = paramName ?? string.Empty;
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        return Normalize(bracket > 0 && name.EndsWith(']') ? name[..bracket] : name) == Normalize(expected);
    }

    /// <summary>Letters and digits, lower case: <c>num_classes</c>, <c>NumClasses</c> and <c>numClasses</c> alike.</summary>
    public static string Normalize(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static bool Close(double[] expected, double[] actual) =>
        expected.Length == actual.Length && expected.Zip(actual).All(p =>
            p.First.Equals(p.Second) || Math.Abs(p.First - p.Second) <= 1e-12 * Math.Max(1, Math.Abs(p.First)));

    private static string Describe(MatrixSnapshot snapshot) =>
        snapshot.ComputeException is { } e ? $"(Compute throws {e.Name})" : "[" + string.Join(", ", snapshot.Doubles.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "]";

    private static string Cut(string text) => text.Length <= 160 ? text : text[..160] + "...";
}
