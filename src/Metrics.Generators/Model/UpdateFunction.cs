namespace Metrics.Generators.Model;

/// <summary>The element an update function takes.</summary>
internal enum ElementShape
{
    /// <summary>One scalar value: <c>Update(double value)</c>.</summary>
    Value,

    /// <summary>A (label, prediction) pair of scalars.</summary>
    Pair,

    /// <summary>A scalar label and a prediction row: <c>Update(int label, ReadOnlySpan&lt;float&gt; logits)</c>.</summary>
    Row,

    /// <summary>A label row and a prediction row.</summary>
    RowPair,
}

/// <summary>What an argument of the user's update function receives.</summary>
internal enum ArgumentRole
{
    Label,
    Prediction,
    Parameter,

    /// <summary>A <c>SumArrayWriter</c> bound to the array field named in <see cref="UpdateArgument.ParameterName"/>.</summary>
    Cells,
}

/// <summary>How class indices of the label are validated.</summary>
internal enum ClassIndexKind
{
    None,
    RowLength,
    Constant,
    Parameter,
}

/// <summary>One argument of an update function.</summary>
/// <param name="Role">What it receives.</param>
/// <param name="ParameterName">For <see cref="ArgumentRole.Parameter"/>, the metric parameter passed; for
/// <see cref="ArgumentRole.Cells"/>, the array field written.</param>
internal sealed record UpdateArgument(ArgumentRole Role, string? ParameterName);

/// <summary>One concrete set of batch element types an update function is lifted to.</summary>
/// <param name="LabelType">The label (or label row) element type keyword; empty for value updates.</param>
/// <param name="PredictionType">The prediction (or value, or row) element type keyword.</param>
/// <param name="WeightType">The sample-weight element type keyword.</param>
/// <param name="TypeArgument">For generic update functions, the type argument; otherwise null.</param>
internal sealed record InputTypes(string LabelType, string PredictionType, string WeightType, string? TypeArgument);

/// <summary>A user update function and the batch overloads it is lifted to.</summary>
/// <param name="Shape">The element shape.</param>
/// <param name="Arguments">The function's arguments in order.</param>
/// <param name="Inputs">The element type combinations to emit.</param>
/// <param name="ClassIndex">How labels are validated.</param>
/// <param name="ClassIndexValue">The constant or parameter name for <paramref name="ClassIndex"/>.</param>
/// <param name="PredictionClassIndex">How integer predictions (pair updates) are validated.</param>
/// <param name="PredictionClassIndexValue">The constant or parameter name for <paramref name="PredictionClassIndex"/>.</param>
/// <param name="ClassIndexIgnore">The <c>int?</c> parameter whose value is exempt from the label range check, or null.</param>
/// <param name="OneHotLabels">Whether label rows must be one-hot.</param>
/// <param name="RowLengthAtLeast">The integer parameter the prediction row length must be at least, or null.</param>
/// <param name="RowLengthEqualTo">The integer parameter the prediction row length must equal, or null.</param>
/// <param name="Vector">The body translated to vector code, or null when it takes the scalar path.</param>
/// <param name="ScalarReason">Why the body takes the scalar path (the expression or construct that stops vectorization).</param>
/// <param name="HistogramField">For a pair update whose contribution is one cell of a [Sum] SumArray
/// (<c>new() { Counts = SumArray.At(index) }</c>), that field: the update takes the histogram kernel, and
/// <paramref name="Vector"/>, when present, computes the cell index. Null otherwise.</param>
/// <param name="RowLengthAbove">The <c>int?</c> parameter the prediction row length must exceed when it has a value, or null.</param>
/// <param name="PredictionNotNaN">Whether the prediction (or value) is marked <c>[NotNaN]</c> and checked before accumulation.</param>
/// <param name="ProbabilityLabels">Whether label rows are marked <c>[Probability]</c>: every cell must lie in [0, 1].</param>
/// <param name="ProbabilityPredictions">Whether the prediction (scalar or row) is marked <c>[Probability]</c>: every unmasked value must lie in [0, 1].</param>
/// <param name="AppendField">For a pair update that only appends (<c>new() { Samples = SampleBuffer.Of(prediction, label) }</c>
/// in a metric whose only state is that <c>[Append]</c> field, without a merge of its own), that field: a batch is
/// appended in bulk after the guards instead of element by element. Null otherwise.</param>
internal sealed record UpdateFunction(
    ElementShape Shape,
    EquatableArray<UpdateArgument> Arguments,
    EquatableArray<InputTypes> Inputs,
    ClassIndexKind ClassIndex,
    string? ClassIndexValue,
    ClassIndexKind PredictionClassIndex,
    string? PredictionClassIndexValue,
    string? ClassIndexIgnore,
    bool OneHotLabels,
    string? RowLengthAtLeast,
    string? RowLengthEqualTo,
    VectorBody? Vector,
    string? ScalarReason,
    bool PredictionNotNaN = false,
    string? RowLengthAbove = null,
    string? HistogramField = null,
    bool ProbabilityLabels = false,
    bool ProbabilityPredictions = false,
    string? AppendField = null);
