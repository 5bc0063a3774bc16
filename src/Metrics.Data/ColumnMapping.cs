using System.Linq;

namespace Metrics.Data;

/// <summary>
/// Which columns of a file or data frame hold what a metric reads: the labels, the predictions (one column, or
/// several: one score per class, read as a row per sample), and optionally a mask, sample weights and a group key.
/// </summary>
public sealed record ColumnMapping
{
    /// <summary>Maps labels and predictions; add the optional columns with <c>with { Mask = "m" }</c>.</summary>
    /// <param name="labels">The labels column (a number per row: a 0/1 label, a class index or a target value).</param>
    /// <param name="predictions">One predictions column, or several (a row of class scores per sample, in class order).</param>
    /// <exception cref="ArgumentException">A name is empty, no prediction column is given, or a column is named twice.</exception>
    public ColumnMapping(string labels, params string[] predictions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(labels);
        ArgumentNullException.ThrowIfNull(predictions);
        if (predictions.Length == 0)
        {
            throw new ArgumentException("At least one predictions column is needed.", nameof(predictions));
        }

        foreach (var name in predictions)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(predictions));
        }

        Labels = labels;
        Predictions = predictions.ToArray();
        CheckDistinct();
    }

    /// <summary>The labels column.</summary>
    public string Labels { get; }

    /// <summary>The predictions columns: one, or one per class (a 2-D batch of <see cref="PredictionColumns"/> per row).</summary>
    public IReadOnlyList<string> Predictions { get; }

    /// <summary>The mask column (true/false or 1/0; a row is included when true), or null.</summary>
    public string? Mask
    {
        get;
        init
        {
            field = NullOrName(value, nameof(Mask));
            CheckDistinct();
        }
    }

    /// <summary>The sample weights column, or null.</summary>
    public string? Weights
    {
        get;
        init
        {
            field = NullOrName(value, nameof(Weights));
            CheckDistinct();
        }
    }

    /// <summary>The group key column (strings or integers: one evaluation per distinct value), or null.</summary>
    public string? Group
    {
        get;
        init
        {
            field = NullOrName(value, nameof(Group));
            CheckDistinct();
        }
    }

    /// <summary>0 when there is one predictions column (a 1-D batch), else the number of predictions columns.</summary>
    public int PredictionColumns => Predictions.Count == 1 ? 0 : Predictions.Count;

    /// <summary>Every mapped column, in the order labels, predictions, mask, weights, group.</summary>
    public IEnumerable<string> AllColumns()
    {
        yield return Labels;
        foreach (var p in Predictions)
        {
            yield return p;
        }

        if (Mask is not null)
        {
            yield return Mask;
        }

        if (Weights is not null)
        {
            yield return Weights;
        }

        if (Group is not null)
        {
            yield return Group;
        }
    }

    /// <inheritdoc/>
    public bool Equals(ColumnMapping? other) =>
        other is not null
        && Labels == other.Labels
        && Predictions.SequenceEqual(other.Predictions)
        && Mask == other.Mask
        && Weights == other.Weights
        && Group == other.Group;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Labels, string.Join('\u001f', Predictions), Mask, Weights, Group);

    private static string? NullOrName(string? value, string role)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"The {role} column name is empty; use null for no {role} column.", role);
        }

        return value;
    }

    private void CheckDistinct()
    {
        if (Labels is null || Predictions is null)
        {
            return;
        }

        var twice = AllColumns().GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ArgumentException($"Column '{twice.Key}' is mapped twice; each role needs its own column.");
        }
    }
}
