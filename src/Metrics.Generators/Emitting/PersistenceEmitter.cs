namespace Metrics.Generators.Emitting;

/// <summary>
/// Writes the metric's <c>IPersistentMetric&lt;T&gt;</c> part: the configuration (<c>GetConfig</c>, <c>FromConfig</c>),
/// the layout text readers fingerprint, and the parameter and state visits a serialization format drives. Parameters
/// are read back through the constructor, so a stored configuration is validated as one given in code; a state is read
/// into locals and stored only once every field has been read, so a failed read leaves the metric as it was.
/// </summary>
internal static class PersistenceEmitter
{
    private const string Interface = "global::Metrics.IPersistentMetric";

    /// <summary>The interface the metric implements through this part.</summary>
    public static string InterfaceName(MetricModel model) => $"{Interface}<{model.FullyQualifiedName}>";

    public static void Emit(IndentedWriter w, MetricModel model)
    {
        var type = model.FullyQualifiedName;
        var self = InterfaceName(model);

        w.WriteLine("/// <summary>The parameters and state fields (names, types, merges, array sizes) that readers fingerprint.</summary>");
        w.WriteLine(model.Cells is { } cells
            ? $"static string {self}.StateLayout => {MetricEmitter.Quote(Layout(model))} + global::Metrics.Kernels.CellKernel.Layout<{cells.CellType}>({MetricEmitter.Quote(cells.FieldName)});"
            : $"static string {self}.StateLayout => {MetricEmitter.Quote(Layout(model))};");
        w.WriteLine();

        w.WriteLine("/// <summary>Creates the metric from a configuration (see <see cref=\"GetConfig\"/>), validating it as the constructor does.</summary>");
        w.WriteLine("/// <param name=\"config\">A configuration naming this metric; parameters it leaves out keep their defaults.</param>");
        w.WriteLine("/// <exception cref=\"global::System.ArgumentException\">The configuration names another metric, or a parameter is unknown, of the wrong type or invalid.</exception>");
        w.OpenBlock($"public static {type} FromConfig(global::Metrics.MetricConfig config)");
        w.WriteLine("global::System.ArgumentNullException.ThrowIfNull(config);");
        w.WriteLine($"return FromArguments(config.ArgumentsFor<{type}>());");
        w.CloseBlock();
        w.WriteLine();

        w.WriteLine("/// <summary>The registry name and every parameter value, as JSON-compatible values (Keras' <c>get_config</c>).</summary>");
        w.WriteLine("public readonly global::Metrics.MetricConfig GetConfig() => global::Metrics.MetricConfig.Of(this);");
        w.WriteLine();

        EmitReadParameters(w, model, self);
        EmitWriteParameters(w, model, self);
        EmitWriteState(w, model, self);
        EmitReadState(w, model, self);
    }

    private static void EmitReadParameters(IndentedWriter w, MetricModel model, string self)
    {
        w.OpenBlock($"static {model.FullyQualifiedName} {self}.ReadParameters<TReader>(ref TReader reader)");
        if (Unsupported(model) is { } unsupported)
        {
            w.WriteLine(Throw(model, unsupported));
            w.CloseBlock();
            w.WriteLine();
            return;
        }

        foreach (var parameter in model.Parameters)
        {
            w.WriteLine($"var {Local(parameter)} = reader.{ReadCall(parameter)};");
        }

        var arguments = string.Join(", ", model.Parameters.Select(p => $"{p.ArgumentName}: {Local(p)}"));
        w.WriteLine($"return new {model.FullyQualifiedName}({arguments});");
        w.CloseBlock();
        w.WriteLine();
    }

    private static void EmitWriteParameters(IndentedWriter w, MetricModel model, string self)
    {
        w.OpenBlock($"readonly void {self}.WriteParameters<TWriter>(ref TWriter writer)");
        if (Unsupported(model) is { } unsupported)
        {
            w.WriteLine(Throw(model, unsupported));
        }
        else
        {
            foreach (var parameter in model.Parameters)
            {
                w.WriteLine($"writer.{WriteCall(parameter)};");
            }
        }

        w.CloseBlock();
        w.WriteLine();
    }

    private static void EmitWriteState(IndentedWriter w, MetricModel model, string self)
    {
        w.OpenBlock($"readonly void {self}.WriteState<TWriter>(ref TWriter writer)");
        w.WriteLine("ValidateParameters();");
        if (model.Cells is { } cells)
        {
            w.WriteLine($"global::Metrics.Kernels.CellKernel.WriteState(this.{cells.Identifier}, {MetricEmitter.Quote(cells.FieldName)}, ref writer);");
            w.CloseBlock();
            w.WriteLine();
            return;
        }

        if (model.Statistics is not null)
        {
            // A derived metric stores the statistics it holds, visited through their own part (a constrained call: no boxing).
            w.WriteLine("WriteStatistics(CurrentStatistics(), ref writer);");
            w.CloseBlock();
            w.WriteLine();
            return;
        }

        var arrays = StateGuardEmitter.SizedArrays(model);
        foreach (var field in model.Fields)
        {
            w.WriteLine($"writer.{StateCall(field, arrays.IndexOf(field), $"this.{field.Identifier}")};");
        }

        w.CloseBlock();
        w.WriteLine();
    }

    private static void EmitReadState(IndentedWriter w, MetricModel model, string self)
    {
        w.OpenBlock($"void {self}.ReadState<TReader>(ref TReader reader)");
        w.WriteLine("ValidateParameters();");
        if (model.Cells is { } cells)
        {
            w.WriteLine($"this.{cells.Identifier} = global::Metrics.Kernels.CellKernel.ReadState(ref reader, {MetricEmitter.Quote(cells.FieldName)}, CellTemplate(), DeclaredCells(), MetricName, ParameterText(), {MetricEmitter.Quote(cells.Noun)});");
            w.CloseBlock();
            w.WriteLine();
            return;
        }

        if (model.Statistics is not null)
        {
            // The statistics' own part reads into locals and stores only once every field is read; so does this.
            w.WriteLine("this." + model.Statistics.Identifier + " = ReadStatistics(CurrentStatistics(), ref reader);");
            w.CloseBlock();
            w.WriteLine();
            EmitStatisticsVisits(w);
            return;
        }

        var arrays = StateGuardEmitter.SizedArrays(model);
        foreach (var field in model.Fields)
        {
            w.WriteLine($"var __{field.Name} = reader.{StateCall(field, arrays.IndexOf(field), null)};");
        }

        foreach (var field in model.Fields)
        {
            w.WriteLine($"this.{field.Identifier} = __{field.Name};");
        }

        w.CloseBlock();
        w.WriteLine();
    }

    /// <summary>
    /// The layout text: each parameter's name and type, then each state field's name, merge, storage and size, e.g.
    /// <c>NumClasses: int; Normalize: global::Metrics.ConfusionNormalization | Counts: sum cells[NumClasses × NumClasses]</c>.
    /// </summary>
    internal static string Layout(MetricModel model)
    {
        var parameters = string.Join("; ", model.Parameters.Select(p => $"{p.Name}: {p.Type}"));
        return $"{parameters} | {FieldLayout(model.Statistics?.Statistics ?? model)}";
    }

    // The state-field part of the layout; a derived metric's is its statistics metric's.
    private static string FieldLayout(MetricModel model) =>
        string.Join("; ", model.Fields.Select(f =>
        {
            var merge = f.Merge.ToString().ToLowerInvariant();
            return f.Type switch
            {
                StateFieldType.SumArray => $"{f.Name}: {merge} cells[{StateGuardEmitter.SizeText(model, f)}]",
                StateFieldType.SampleBuffer => $"{f.Name}: {merge} samples",
                StateFieldType.Long => $"{f.Name}: {merge} long",
                _ => $"{f.Name}: {merge} double",
            };
        }));

    private static void EmitStatisticsVisits(IndentedWriter w)
    {
        w.WriteLine("private static void WriteStatistics<TStatistics, TWriter>(in TStatistics statistics, ref TWriter writer)");
        w.WriteLine($"    where TStatistics : struct, {Interface}<TStatistics>");
        w.WriteLine("    where TWriter : global::Metrics.IMetricStateWriter, allows ref struct =>");
        w.WriteLine("    statistics.WriteState(ref writer);");
        w.WriteLine();
        w.OpenBlock($"private static TStatistics ReadStatistics<TStatistics, TReader>(TStatistics statistics, ref TReader reader)\n    where TStatistics : struct, {Interface}<TStatistics>\n    where TReader : global::Metrics.IMetricStateReader, allows ref struct");
        w.WriteLine("statistics.ReadState(ref reader);");
        w.WriteLine("return statistics;");
        w.CloseBlock();
        w.WriteLine();
    }

    // The visit of a state field, e.g. Cells("Counts", this.Counts, RequiredLength(0)); readers get no value.
    private static string StateCall(StateField field, int array, string? value)
    {
        var method = field.Type switch
        {
            StateFieldType.Long => "Whole",
            StateFieldType.SumArray => "Cells",
            StateFieldType.SampleBuffer => "Samples",
            _ => "Real",
        };
        var arguments = MetricEmitter.Quote(field.Name) + (value is null ? string.Empty : ", " + value);
        return field.Type == StateFieldType.SumArray
            ? $"{method}({arguments}, RequiredLength({array}))"
            : $"{method}({arguments})";
    }

    private static MetricParameter? Unsupported(MetricModel model) =>
        model.Parameters.FirstOrDefault(p => p.Kind == ParameterKind.Other);

    private static string Throw(MetricModel model, MetricParameter parameter) =>
        $"throw global::Metrics.MetricConfig.NoConfigForm(MetricName, {MetricEmitter.Quote(parameter.Name)}, {MetricEmitter.Quote(parameter.Type.Replace("global::", string.Empty))});";

    private static string ReadCall(MetricParameter p) => Call(p, MetricEmitter.Quote(p.Name));

    private static string WriteCall(MetricParameter p) => Call(p, $"{MetricEmitter.Quote(p.Name)}, this.{p.Identifier}");

    // The visit of a parameter of each kind, e.g. Number<int>("NumClasses", this.NumClasses); readers get the name only.
    private static string Call(MetricParameter p, string arguments) => p.Kind switch
    {
        ParameterKind.Numeric => $"Number<{p.Type}>({arguments})",
        ParameterKind.NullableNumeric => $"NullableNumber<{p.Type.TrimEnd('?')}>({arguments})",
        ParameterKind.Enum => $"Choice<{p.Type}>({arguments})",
        ParameterKind.NumericArray => $"Array<{ElementType(p)}>({arguments})",
        ParameterKind.Flag => $"Flag({arguments})",
        _ => $"Value<{p.Type}>({arguments})",
    };

    // ParameterArray<T>'s element type, from the type's display text.
    private static string ElementType(MetricParameter p)
    {
        var open = p.Type.IndexOf('<');
        return p.Type.Substring(open + 1, p.Type.Length - open - 2);
    }

    private static string Local(MetricParameter p) => "__" + p.Name;
}
