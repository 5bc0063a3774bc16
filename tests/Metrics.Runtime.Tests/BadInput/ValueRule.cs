namespace Metrics.Runtime.Tests.BadInput;

/// <summary>What a metric documents for the values of one input (labels or predictions): which are rejected, and what NaN means.</summary>
internal enum ValueKind
{
    /// <summary>Not read (the labels of a metric of single values).</summary>
    None,

    /// <summary>
    /// Integer class indices in [0, bound): NaN, ±∞, fractions and out-of-range values are rejected. Bound 0: integer IDs
    /// that are not range-checked (sorted-ID rows; an ID no label equals, such as −1 padding, is documented as no hit).
    /// </summary>
    Index,

    /// <summary>Real values: NaN propagates to the value (README: "NaN in a regression prediction propagates").</summary>
    Real,

    /// <summary>Scores against a threshold: "a NaN score is never positive", so NaN counts as −∞.</summary>
    NeverPositive,

    /// <summary>Argmax scores: "a NaN in a row's argmax wins", so NaN counts as +∞.</summary>
    ArgmaxWins,

    /// <summary>Ranking scores: "NaN scores rank last", so NaN counts as −∞.</summary>
    RankLast,

    /// <summary><c>[NotNaN]</c> scores: NaN is rejected.</summary>
    NotNaN,

    /// <summary>Soft labels in [0, 1] (Keras' multi-label F-score counts them fractionally): anything outside, NaN included, is rejected.</summary>
    Probability,

    /// <summary>Binary ranking relevance (P@k, R@k, MRR, MAP): "relevant iff label &gt; 0", so NaN counts as 0. NDCG and DCG use the label as a gain: <see cref="Real"/>.</summary>
    Relevance,

    /// <summary>Values compared for equality (exact match): NaN equals nothing, so it counts as a value no other input has.</summary>
    Equality,
}

/// <summary>The rule for one input of a metric.</summary>
/// <param name="Kind">What the values are.</param>
/// <param name="Bound">For <see cref="ValueKind.Index"/>, the exclusive upper bound (0: IDs, not range-checked).</param>
internal sealed record ValueRule(ValueKind Kind, int Bound = 0)
{
    public static readonly ValueRule None = new(ValueKind.None);
    public static readonly ValueRule Real = new(ValueKind.Real);
    public static readonly ValueRule Binary = new(ValueKind.Index, 2);
    public static readonly ValueRule NeverPositive = new(ValueKind.NeverPositive);
    public static readonly ValueRule ArgmaxWins = new(ValueKind.ArgmaxWins);
    public static readonly ValueRule RankLast = new(ValueKind.RankLast);
    public static readonly ValueRule NotNaN = new(ValueKind.NotNaN);
    public static readonly ValueRule Equality = new(ValueKind.Equality);
    public static readonly ValueRule Relevance = new(ValueKind.Relevance);
    public static readonly ValueRule Probability = new(ValueKind.Probability);

    public static ValueRule Index(int bound) => new(ValueKind.Index, bound);
}
