namespace Metrics.Generators.Emitting;

/// <summary>The per-shape vocabulary of the emitted code: names of the kernel loops, operators and core methods.</summary>
internal static class ShapeSyntax
{
    public const string Kernels = "global::Metrics.Kernels";
    public const string Span = "global::System.ReadOnlySpan";
    public const string Tensor = "global::System.Numerics.Tensors.Tensor";
    public const string TensorSpan = "global::System.Numerics.Tensors.ReadOnlyTensorSpan";

    /// <summary>
    /// The attribute on an operator's per-block vector members: the kernel loop must inline them, and the JIT's
    /// inliner refuses without profile data (full opts, or tiered PGO off), which made a call and a copy of the lane
    /// accumulators per block.
    /// </summary>
    public const string AggressiveInlining = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

    public static string OperatorName(ElementShape shape) => shape + "Operator";

    public static string CoreName(ElementShape shape) => shape switch
    {
        ElementShape.Value => "UpdateValues",
        ElementShape.Pair => "UpdatePairs",
        ElementShape.Row => "UpdateRows",
        _ => "UpdateRowPairs",
    };

    public static string TensorCoreName(ElementShape shape) => CoreName(shape) + "FromTensors";

    public static string KernelLoop(ElementShape shape, bool weighted) => (weighted ? "Weighted" : string.Empty) + shape switch
    {
        ElementShape.Value => "Values",
        ElementShape.Pair => "Pairs",
        ElementShape.Row => "Rows",
        _ => "RowPairs",
    };

    public static string OperatorInterface(ElementShape shape, InputTypes types, bool weighted)
    {
        var name = shape switch
        {
            ElementShape.Value => "ValueOperator",
            ElementShape.Pair => "PairOperator",
            ElementShape.Row => "RowOperator",
            _ => "RowPairOperator",
        };
        var arguments = shape == ElementShape.Value ? types.PredictionType : types.LabelType + ", " + types.PredictionType;
        return weighted
            ? $"{Kernels}.IWeighted{name}<{arguments}, {types.WeightType}>"
            : $"{Kernels}.I{name}<{arguments}>";
    }

    /// <summary>The name of the batch dimension the mask and weights are checked against.</summary>
    public static string CountSource(ElementShape shape) => shape switch
    {
        ElementShape.Value => "values",
        ElementShape.RowPair => "label rows",
        _ => "labels",
    };
}
