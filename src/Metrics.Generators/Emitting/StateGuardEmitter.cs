namespace Metrics.Generators.Emitting;

/// <summary>
/// Writes the checks on the state itself: the flag that tells a constructed metric from <c>default(T)</c>, the size of
/// each <c>[SizedBy]</c> array (checked in 64 bits against <c>Array.MaxLength</c> before anything is allocated), and
/// that an allocated array still has the size its parameters require.
/// </summary>
internal static class StateGuardEmitter
{
    private const string Guard = ShapeSyntax.Kernels + ".StateGuard";

    /// <summary>
    /// Whether the metric carries the constructed flag: only metrics with parameters, whose <c>default</c> has zeros
    /// instead of the declared parameter values. Without parameters, <c>default</c> is the empty state and stays valid
    /// (and equal to <c>new T()</c>).
    /// </summary>
    public static bool TracksConstruction(MetricModel model) => model.Parameters.Count > 0;

    /// <summary>The sized arrays, in declaration order; <see cref="EmitRequiredLength"/> numbers them in this order.</summary>
    public static List<StateField> SizedArrays(MetricModel model) =>
        model.Fields.Where(f => f.Type == StateFieldType.SumArray).ToList();

    /// <summary>Writes the constructed flag: a field initializer, which every constructor runs and <c>default</c> skips.</summary>
    public static void EmitConstructedFlag(IndentedWriter w, MetricModel model)
    {
        if (!TracksConstruction(model))
        {
            return;
        }

        w.WriteLine("// default(T) skips every constructor, and with it the declared parameter values. Every constructor runs this");
        w.WriteLine("// initializer (FromArguments constructs); copies (with, Empty, Copy) keep it.");
        w.WriteLine("private bool _constructed = true;");
        w.WriteLine();
    }

    /// <summary>The first check of <c>ValidateParameters</c>: the metric was constructed.</summary>
    public static void EmitConstructedCheck(IndentedWriter w, MetricModel model)
    {
        if (!TracksConstruction(model))
        {
            return;
        }

        w.OpenBlock("if (!this._constructed)");
        w.WriteLine($"throw {Guard}.NotConstructed({MetricEmitter.Quote(model.TypeName.TrimStart('@'))});");
        w.CloseBlock();
        w.WriteLine();
    }

    /// <summary>
    /// The last checks of <c>ValidateParameters</c>, after the parameters: every array size is valid, and an allocated
    /// array has that size.
    /// </summary>
    public static void EmitSizeChecks(IndentedWriter w, MetricModel model)
    {
        var arrays = SizedArrays(model);
        for (var index = 0; index < arrays.Count; index++)
        {
            var field = arrays[index];
            w.WriteLine($"var __{field.Name}Length = RequiredLength({index});");
            w.OpenBlock($"if (this.{field.Identifier}.IsAllocated && this.{field.Identifier}.Length != __{field.Name}Length)");
            w.WriteLine($"throw {Guard}.Mismatch(MetricName, {MetricEmitter.Quote(field.Name)}, {MetricEmitter.Quote(SizeText(model, field))}, this.{field.Identifier}.Length, __{field.Name}Length, ParameterText());");
            w.CloseBlock();
            if (index < arrays.Count - 1)
            {
                w.WriteLine();
            }
        }
    }

    /// <summary>
    /// Writes <c>RequiredLength(array)</c>: the number of cells of the <paramref name="model"/>'s sized array number
    /// <c>array</c>, computed in 64 bits, or an <c>ArgumentOutOfRangeException</c> naming the parameter and the limit.
    /// </summary>
    public static void EmitRequiredLength(IndentedWriter w, MetricModel model)
    {
        var arrays = SizedArrays(model);
        if (arrays.Count == 0)
        {
            return;
        }

        w.OpenBlock("private readonly int RequiredLength(int array)");
        w.WriteLine("long cells;");
        w.OpenBlock("switch (array)");
        for (var index = 0; index < arrays.Count; index++)
        {
            var field = arrays[index];
            var factors = field.SizedBy.Select(n => Factor(model, n)).ToList();
            var product = factors[0];
            foreach (var factor in factors.Skip(1))
            {
                product = $"{Guard}.Product({product}, {factor})";
            }

            w.WriteLine($"case {index}:");
            w.Indent();
            w.WriteLine($"cells = {product};");
            w.OpenBlock($"if (!{Guard}.Fits(cells))");
            EmitLargestParameter(w, model, field);
            w.WriteLine($"throw {Guard}.TooLarge(MetricName, {MetricEmitter.Quote(field.Name)}, __parameter, {MetricEmitter.Quote(SizeText(model, field))}, cells, ParameterText());");
            w.CloseBlock();
            w.WriteLine();
            w.WriteLine("return (int)cells;");
            w.Unindent();
        }

        w.WriteLine("default:");
        w.WriteLine("    throw new global::System.ArgumentOutOfRangeException(nameof(array));");
        w.CloseBlock();
        w.CloseBlock();
        w.WriteLine();
    }

    // The exception names the parameter the user gave: of those the size depends on, the largest one.
    private static void EmitLargestParameter(IndentedWriter w, MetricModel model, StateField field)
    {
        var parameters = field.SizingParameters.Count > 0 ? field.SizingParameters.ToList() : field.SizedBy.Distinct().ToList();
        w.WriteLine($"var __parameter = {MetricEmitter.Quote(parameters[0])};");
        if (parameters.Count == 1)
        {
            return;
        }

        w.WriteLine($"var __largest = {Factor(model, parameters[0])};");
        foreach (var parameter in parameters.Skip(1))
        {
            w.OpenBlock($"if ({Factor(model, parameter)} > __largest)");
            w.WriteLine($"(__parameter, __largest) = ({MetricEmitter.Quote(parameter)}, {Factor(model, parameter)});");
            w.CloseBlock();
        }
    }

    /// <summary>
    /// Writes the <c>IMetric&lt;T, TResult&gt;.Compute</c> that collections, the registry and generic wrappers call: the
    /// checks of an update (constructed, valid parameters, arrays that match them), then the metric's own
    /// <c>Compute()</c>, which stays the user's code and is not checked when called directly.
    /// </summary>
    public static void EmitInterfaceCompute(IndentedWriter w, MetricModel model)
    {
        w.WriteLine("/// <summary>The value, after the checks of an update: a metric that was never constructed, invalid parameters,");
        w.WriteLine("/// or a state array that no longer matches its parameters throw instead of computing a wrong value.</summary>");
        w.OpenBlock($"{model.ResultType} global::Metrics.IMetric<{model.FullyQualifiedName}, {model.ResultType}>.Compute()");
        w.WriteLine("ValidateParameters();");
        w.WriteLine("return Compute();");
        w.CloseBlock();
        w.WriteLine();
    }

    /// <summary>How the size reads in messages, e.g. <c>NumClasses × NumClasses</c>.</summary>
    internal static string SizeText(MetricModel model, StateField field) =>
        string.Join(" × ", field.SizedBy.Select(n => IsArrayParameter(model, n) ? n + ".Length" : n));

    private static string Factor(MetricModel model, string name) =>
        IsArrayParameter(model, name) ? $"(long)this.{Naming.Escape(name)}.Length" : $"(long)this.{Naming.Escape(name)}";

    private static bool IsArrayParameter(MetricModel model, string name) =>
        model.Parameters.Any(p => p.Name == name && p.Kind == ParameterKind.NumericArray);
}
