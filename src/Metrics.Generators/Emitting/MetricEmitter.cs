namespace Metrics.Generators.Emitting;

/// <summary>
/// Writes the generated part of one metric: lifecycle (constructors, Reset, Empty, Clone, Merge), parameter
/// validation, ToString, and, through <see cref="UpdateEmitter"/>, the batch update overloads and operators.
/// </summary>
internal static class MetricEmitter
{
    public const string GeneratorName = "Metrics.Generators";
    public const string GeneratorVersion = "1.0.0.0";

    public static string Emit(MetricModel model, CancellationToken cancellationToken)
    {
        var w = new IndentedWriter();
        TypeFrame.Open(w, model.Namespace, model.ContainingTypes);

        w.WriteLine($"[global::System.CodeDom.Compiler.GeneratedCodeAttribute(\"{GeneratorName}\", \"{GeneratorVersion}\")]");
        if (model.Fields.Any(f => f.Merge is MergeKind.Min or MergeKind.Max) || StateGuardEmitter.TracksConstruction(model))
        {
            // The generated identity and constructed flags are fields in a second partial part; auto layout makes field order irrelevant (CS0282).
            w.WriteLine("[global::System.Runtime.InteropServices.StructLayout(global::System.Runtime.InteropServices.LayoutKind.Auto)]");
        }

        if (model.Statistics is { SharedKeys: true } keyed)
        {
            // Fed queries, keys and indices, which no MetricBatch carries: neither registrable nor sharing its statistics.
            w.OpenBlock($"partial record struct {model.TypeName} : global::Metrics.IMetric<{model.FullyQualifiedName}, {model.ResultType}>, {PersistenceEmitter.InterfaceName(model)}");
            SharedKeysEmitter.Emit(w, model, keyed);
            w.CloseBlock();
            TypeFrame.Close(w, model.Namespace, model.ContainingTypes);
            return w.ToString();
        }

        var shares = model.Statistics is { } shared ? $", global::Metrics.ISharesStatistics<{model.FullyQualifiedName}, {shared.StatisticsType}>" : string.Empty;
        w.OpenBlock($"partial record struct {model.TypeName} : global::Metrics.IMetric<{model.FullyQualifiedName}, {model.ResultType}>, global::Metrics.IRegistrableMetric<{model.FullyQualifiedName}>, {PersistenceEmitter.InterfaceName(model)}{shares}{FusionEmitter.MetricInterface(model)}");

        if (model.Statistics is { } statistics)
        {
            DerivedEmitter.Emit(w, model, statistics, cancellationToken);
            w.CloseBlock();
            TypeFrame.Close(w, model.Namespace, model.ContainingTypes);
            return w.ToString();
        }

        if (model.Cells is { } cells)
        {
            CellsEmitter.Emit(w, model, cells);
            w.CloseBlock();
            TypeFrame.Close(w, model.Namespace, model.ContainingTypes);
            return w.ToString();
        }

        EmitIdentity(w, model);
        if (model.Mean is { } mean)
        {
            MeanFunctionEmitter.Emit(w, model, mean);
        }

        StateGuardEmitter.EmitConstructedFlag(w, model);
        EmitConstructors(w, model);
        EmitLifecycle(w, model);
        EmitMerge(w, model);
        EmitParameters(w, model);
        StateGuardEmitter.EmitInterfaceCompute(w, model);
        EmitToString(w, model);
        EmitAccumulate(w, model);
        UntypedEmitter.Emit(w, model);
        PersistenceEmitter.Emit(w, model);
        EmitUpdateOverloads(w, model, cancellationToken);
        FusionEmitter.EmitAccept(w, model);
        foreach (var update in model.Updates)
        {
            UpdateEmitter.EmitCores(w, model, update);
            OperatorEmitter.Emit(w, model, update);
        }

        w.CloseBlock();
        TypeFrame.Close(w, model.Namespace, model.ContainingTypes);
        return w.ToString();
    }

    /// <summary>
    /// Writes every public batch <c>Update</c> overload, after claiming the signatures of the type's own <c>Update</c>
    /// methods; an overload whose signature is already claimed is left out (and recorded, see
    /// <see cref="UpdateEmitter.DroppedOverloads"/>).
    /// </summary>
    internal static void EmitUpdateOverloads(IndentedWriter w, MetricModel model, CancellationToken cancellationToken)
    {
        foreach (var signature in model.DeclaredUpdateSignatures)
        {
            w.ClaimedSignatures[signature] = -1;
        }

        for (var index = 0; index < model.Updates.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            w.Claimant = index;
            UpdateEmitter.EmitOverloads(w, model, model.Updates[index]);
        }

        UpdateEmitter.EmitTensorOverloads(w, model);
    }

    internal static void EmitIdentity(IndentedWriter w, MetricModel model)
    {
        w.WriteLine("/// <summary>The metric's display name.</summary>");
        w.WriteLine($"public static string MetricName => {Quote(model.DisplayName)};");
        w.WriteLine();
    }

    /// <summary>
    /// Writes the parameterless constructor (unless the user wrote one) and the one taking every parameter. A derived
    /// metric makes its statistics from its parameters, so it resets after they are set, and not before its required
    /// parameters have a value.
    /// </summary>
    internal static void EmitConstructors(IndentedWriter w, MetricModel model)
    {
        var derived = model.Statistics is not null;
        if (!model.DeclaresParameterlessConstructor)
        {
            w.WriteLine("/// <summary>Creates the metric with an empty state and the default parameters.</summary>");
            w.OpenBlock($"public {model.TypeName}()");
            w.WriteLine(derived && model.Parameters.Any(p => p.Required) ? $"this.{model.Statistics!.Identifier} = default;" : "ResetState();");
            w.CloseBlock();
            w.WriteLine();
        }

        if (model.Parameters.Count == 0)
        {
            return;
        }

        var ordered = model.Parameters.Where(p => p.Required).Concat(model.Parameters.Where(p => !p.Required)).ToList();
        w.WriteLine("/// <summary>Creates the metric with an empty state and the given parameters, validating them.</summary>");
        foreach (var parameter in ordered)
        {
            var keeps = parameter.KeepsInitializer ? " (empty: the declared default)" : string.Empty;
            w.WriteLine($"/// <param name=\"{parameter.ArgumentName.TrimStart('@')}\">The value of <see cref=\"{parameter.Identifier}\"/>{keeps}.</param>");
        }

        w.WriteLine($"/// <exception cref=\"global::System.ArgumentOutOfRangeException\">A parameter is outside its allowed range.</exception>");
        var arguments = string.Join(", ", ordered.Select(p =>
            p.KeepsInitializer ? $"{p.Type} {p.ArgumentName} = default"
            : p.DefaultLiteral is null ? $"{p.Type} {p.ArgumentName}" : $"{p.Type} {p.ArgumentName} = {p.DefaultLiteral}"));
        w.OpenBlock($"public {model.TypeName}({arguments})" + (model.DeclaresParameterlessConstructor ? " : this()" : " : this()"));
        foreach (var parameter in model.Parameters)
        {
            if (parameter.KeepsInitializer)
            {
                w.OpenBlock($"if ({parameter.ArgumentName}.Length != 0)");
                w.WriteLine($"this.{parameter.Identifier} = {parameter.ArgumentName};");
                w.CloseBlock();
            }
            else
            {
                w.WriteLine($"this.{parameter.Identifier} = {parameter.ArgumentName};");
            }
        }

        w.WriteLine("ValidateParameters();");
        if (derived)
        {
            w.WriteLine("ResetState();");
        }

        w.CloseBlock();
        w.WriteLine();
    }

    private static void EmitLifecycle(IndentedWriter w, MetricModel model)
    {
        w.WriteLine("/// <summary>Clears the state in place, keeping the parameters, and returns the metric.</summary>");
        w.OpenBlock($"public {model.FullyQualifiedName} Reset()");
        w.WriteLine("ResetState();");
        w.WriteLine("return this;");
        w.CloseBlock();
        w.WriteLine();

        w.WriteLine("/// <summary>Returns a metric with the same parameters and an empty state; this one is unchanged.</summary>");
        w.OpenBlock($"public readonly {model.FullyQualifiedName} Empty()");
        w.WriteLine("var empty = this;");
        w.WriteLine("empty.ResetState();");
        w.WriteLine("return empty;");
        w.CloseBlock();
        w.WriteLine();

        w.WriteLine("/// <summary>Returns a deep copy, with its own copy of any array-valued state.</summary>");
        w.OpenBlock($"public readonly {model.FullyQualifiedName} Copy()");
        w.WriteLine("var copy = this;");
        foreach (var field in model.Fields.Where(f => f.Type is StateFieldType.SumArray or StateFieldType.SampleBuffer))
        {
            w.WriteLine($"copy.{field.Identifier} = this.{field.Identifier}.Copy();");
        }

        w.WriteLine("return copy;");
        w.CloseBlock();
        w.WriteLine();

        var needsIdentity = model.Fields.Any(f => f.Merge is MergeKind.Min or MergeKind.Max);
        if (needsIdentity)
        {
            w.WriteLine("// default(T) skips the constructor; this tells an empty state from one whose ±∞ identities were never set.");
            w.WriteLine("private bool _identitySet;");
            w.WriteLine();
        }

        w.OpenBlock("private void ResetState()");
        if (needsIdentity)
        {
            w.WriteLine("this._identitySet = true;");
        }

        foreach (var field in model.Fields)
        {
            var identity = field.Merge switch
            {
                MergeKind.Min => "double.PositiveInfinity",
                MergeKind.Max => "double.NegativeInfinity",
                _ => "default",
            };
            w.WriteLine($"this.{field.Identifier} = {identity};");
        }

        w.CloseBlock();
        w.WriteLine();

        w.OpenBlock("private readonly " + model.FullyQualifiedName + " WithIdentity()");
        if (needsIdentity)
        {
            w.OpenBlock("if (!this._identitySet)");
            w.WriteLine("var initialized = this;");
            w.WriteLine("initialized.ResetState();");
            w.WriteLine("return initialized;");
            w.CloseBlock();
            w.WriteLine();
        }

        w.WriteLine("return this;");
        w.CloseBlock();
        w.WriteLine();

        w.OpenBlock("private void EnsureState()");
        if (needsIdentity)
        {
            w.WriteLine("this = WithIdentity();");
        }

        var arrays = StateGuardEmitter.SizedArrays(model);
        for (var index = 0; index < arrays.Count; index++)
        {
            // ValidateParameters, called first by every update, has checked this size and that an allocated array has it.
            w.WriteLine($"this.{arrays[index].Identifier} = this.{arrays[index].Identifier}.EnsureLength(RequiredLength({index}));");
        }

        w.CloseBlock();
        w.WriteLine();
        StateGuardEmitter.EmitRequiredLength(w, model);

        w.OpenBlock($"private void StoreState(in {model.FullyQualifiedName} source)");
        foreach (var field in model.Fields)
        {
            w.WriteLine($"this.{field.Identifier} = source.{field.Identifier};");
        }

        w.CloseBlock();
        w.WriteLine();
    }

    private static void EmitMerge(IndentedWriter w, MetricModel model)
    {
        EmitMergeChecks(w, model, "its state array no longer matches its parameters");
        w.WriteLine("var left = WithIdentity();");
        w.WriteLine("var right = other.WithIdentity();");
        w.WriteLine("var merged = left;");
        if (model.HasUserMerge)
        {
            w.WriteLine($"merged.StoreState({model.FullyQualifiedName}.Merge(left, right));");
        }
        else
        {
            foreach (var field in model.Fields)
            {
                var expression = (field.Merge, field.Type) switch
                {
                    (_, StateFieldType.SumArray) => $"left.{field.Identifier}.Add(right.{field.Identifier})",
                    (MergeKind.Append, _) => $"left.{field.Identifier}.Concat(right.{field.Identifier})",
                    (MergeKind.Min, _) => $"global::System.Math.Min(left.{field.Identifier}, right.{field.Identifier})",
                    (MergeKind.Max, _) => $"global::System.Math.Max(left.{field.Identifier}, right.{field.Identifier})",
                    _ => $"left.{field.Identifier} + right.{field.Identifier}",
                };
                w.WriteLine($"merged.{field.Identifier} = {expression};");
            }
        }

        w.WriteLine("return merged;");
        w.CloseBlock();
        w.WriteLine();
    }

    /// <summary>Opens <c>Merge(other)</c> with its documentation and the checks every merge makes first: both constructed, same parameters.</summary>
    internal static void EmitMergeChecks(IndentedWriter w, MetricModel model, string invalidState)
    {
        w.WriteLine("/// <summary>");
        w.WriteLine("/// Returns the merge of this state and <paramref name=\"other\"/> (for sharded evaluation); neither operand changes.");
        w.WriteLine("/// </summary>");
        w.WriteLine("/// <param name=\"other\">The state to merge with; it must have the same parameters.</param>");
        w.WriteLine("/// <exception cref=\"global::System.ArgumentException\">The parameters differ.</exception>");
        w.WriteLine($"/// <exception cref=\"global::System.InvalidOperationException\">A metric was never constructed, or {invalidState}.</exception>");
        w.OpenBlock($"public readonly {model.FullyQualifiedName} Merge({model.FullyQualifiedName} other)");
        w.WriteLine("ValidateParameters();");
        w.WriteLine("other.ValidateParameters();");
        w.OpenBlock("if (!HasSameParameters(other))");
        w.WriteLine($"throw {ShapeSyntax.Kernels}.MetricGuard.DifferentParameters(MetricName, ParameterText(), other.ParameterText());");
        w.CloseBlock();
        w.WriteLine();
    }

    internal static void EmitParameters(IndentedWriter w, MetricModel model)
    {
        w.WriteLine("/// <summary>Whether <paramref name=\"other\"/> has the same parameter values, so that the two can be merged.</summary>");
        w.WriteLine("/// <param name=\"other\">The metric to compare parameters with.</param>");
        var comparisons = model.Parameters.Select(p =>
            $"global::System.Collections.Generic.EqualityComparer<{p.Type}>.Default.Equals(this.{p.Identifier}, other.{p.Identifier})");
        var body = model.Parameters.Count == 0 ? "true" : string.Join("\n    && ", comparisons);
        w.WriteLine($"public readonly bool HasSameParameters({model.FullyQualifiedName} other) =>\n    {body};");
        w.WriteLine();

        w.OpenBlock("private readonly void ValidateParameters()");
        StateGuardEmitter.EmitConstructedCheck(w, model);
        foreach (var parameter in model.Parameters)
        {
            var name = Quote(parameter.Name);
            switch (parameter.Kind)
            {
                case ParameterKind.Numeric:
                    w.WriteLine($"{ShapeSyntax.Kernels}.MetricGuard.Parameter(this.{parameter.Identifier}, {Parsing.Literals.Double(parameter.Min)}, {Bool(parameter.MinExclusive)}, {Parsing.Literals.Double(parameter.Max)}, {Bool(parameter.MaxExclusive)}, {name});");
                    break;
                case ParameterKind.NullableNumeric:
                    w.OpenBlock($"if (this.{parameter.Identifier} is {{ }} {parameter.Name}Value)");
                    w.WriteLine($"{ShapeSyntax.Kernels}.MetricGuard.Parameter({parameter.Name}Value, {Parsing.Literals.Double(parameter.Min)}, {Bool(parameter.MinExclusive)}, {Parsing.Literals.Double(parameter.Max)}, {Bool(parameter.MaxExclusive)}, {name});");
                    w.CloseBlock();
                    break;
                case ParameterKind.NumericArray when parameter.AllowEmpty:
                    w.OpenBlock($"if (this.{parameter.Identifier}.Length != 0)");
                    w.WriteLine($"{ShapeSyntax.Kernels}.MetricGuard.Parameter(this.{parameter.Name}.AsSpan(), {Parsing.Literals.Double(parameter.Min)}, {Bool(parameter.MinExclusive)}, {Parsing.Literals.Double(parameter.Max)}, {Bool(parameter.MaxExclusive)}, {name});");
                    w.CloseBlock();
                    break;
                case ParameterKind.NumericArray:
                    w.WriteLine($"{ShapeSyntax.Kernels}.MetricGuard.Parameter(this.{parameter.Name}.AsSpan(), {Parsing.Literals.Double(parameter.Min)}, {Bool(parameter.MinExclusive)}, {Parsing.Literals.Double(parameter.Max)}, {Bool(parameter.MaxExclusive)}, {name});");
                    break;
                case ParameterKind.Enum:
                    w.WriteLine($"{ShapeSyntax.Kernels}.MetricGuard.Parameter(this.{parameter.Identifier}, {name});");
                    break;
            }
        }

        StateGuardEmitter.EmitSizeChecks(w, model);
        w.CloseBlock();
        w.WriteLine();

        var text = string.Join(", ", model.Parameters.Select(p => $"{p.Name}: {{this.{p.Identifier}}}"));
        w.WriteLine($"private readonly string ParameterText() =>\n    string.Create(global::System.Globalization.CultureInfo.InvariantCulture, $\"{text}\");");
        w.WriteLine();
    }

    private static void EmitToString(IndentedWriter w, MetricModel model)
    {
        var state = string.Join(", ", model.Fields.Select(f => $"{f.Name}: {{this.{f.Identifier}}}"));
        var parameters = model.Parameters.Count == 0 ? string.Empty : "; {ParameterText()}";
        w.WriteLine("/// <summary>The metric's value, its state and its parameters, formatted with the invariant culture.</summary>");
        w.WriteLine($"public override string ToString() =>\n    string.Create(global::System.Globalization.CultureInfo.InvariantCulture, $\"{{MetricName}}(value: {{Compute()}}; {state}{parameters})\");");
        w.WriteLine();
    }

    private static void EmitAccumulate(IndentedWriter w, MetricModel model)
    {
        var type = model.FullyQualifiedName;
        w.OpenBlock($"private static void Accumulate(ref {type} state, in {type} contribution)");
        if (model.HasUserMerge)
        {
            w.WriteLine($"state = {type}.Merge(state, contribution);");
        }
        else
        {
            foreach (var field in model.Fields)
            {
                w.WriteLine(FieldAccumulation(field, weighted: false));
            }
        }

        w.CloseBlock();
        w.WriteLine();
        if (AppendsRows(model))
        {
            EmitRowAccumulate(w, model);
        }

        if (AppendsRowPairs(model))
        {
            EmitRowPairAccumulate(w, model);
        }

        if (!model.SupportsWeights)
        {
            return;
        }

        w.OpenBlock($"private static void AccumulateWeighted(ref {type} state, in {type} contribution, double weight)");
        if (model.HasUserMerge)
        {
            w.WriteLine("var weighted = contribution;");
            foreach (var field in model.Fields.Where(f => f.Merge == MergeKind.Sum && f.Type == StateFieldType.Double))
            {
                w.WriteLine($"weighted.{field.Identifier} *= weight;");
            }

            w.WriteLine($"state = {type}.Merge(state, weighted);");
        }
        else
        {
            foreach (var field in model.Fields)
            {
                w.WriteLine(FieldAccumulation(field, weighted: true));
            }
        }

        w.CloseBlock();
        w.WriteLine();
    }

    /// <summary>
    /// Row updates of a metric with appended fields pass the row along, so that a <c>SampleBuffer.OfRow</c>
    /// contribution can keep the element's whole prediction row.
    /// </summary>
    public static bool AppendsRows(MetricModel model) =>
        model.Fields.Any(f => f.Merge == MergeKind.Append) && model.Updates.Any(u => u.Shape == ElementShape.Row);

    /// <summary>Row-pair updates of a metric with appended fields pass both rows (<c>SampleBuffer.OfRows</c>).</summary>
    public static bool AppendsRowPairs(MetricModel model) =>
        model.Fields.Any(f => f.Merge == MergeKind.Append) && model.Updates.Any(u => u.Shape == ElementShape.RowPair);

    private static void EmitRowAccumulate(IndentedWriter w, MetricModel model)
    {
        var type = model.FullyQualifiedName;
        foreach (var weighted in model.SupportsWeights ? new[] { false, true } : new[] { false })
        {
            var name = weighted ? "AccumulateRowWeighted" : "AccumulateRow";
            var weightParameter = weighted ? ", double weight" : string.Empty;
            w.OpenBlock($"private static void {name}<TRow>(ref {type} state, in {type} contribution, global::System.ReadOnlySpan<TRow> row{weightParameter})\n    where TRow : global::System.Numerics.INumberBase<TRow>");
            foreach (var field in model.Fields)
            {
                w.WriteLine(field.Merge == MergeKind.Append
                    ? $"state.{field.Name}.Append(contribution.{field.Name}, row{(weighted ? ", weight" : string.Empty)});"
                    : FieldAccumulation(field, weighted));
            }

            w.CloseBlock();
            w.WriteLine();
        }
    }

    private static void EmitRowPairAccumulate(IndentedWriter w, MetricModel model)
    {
        var type = model.FullyQualifiedName;
        foreach (var weighted in model.SupportsWeights ? new[] { false, true } : new[] { false })
        {
            var name = weighted ? "AccumulateRowPairWeighted" : "AccumulateRowPair";
            var weightParameter = weighted ? ", double weight" : string.Empty;
            w.OpenBlock($"private static void {name}<TLabel, TRow>(ref {type} state, in {type} contribution, global::System.ReadOnlySpan<TLabel> labels, global::System.ReadOnlySpan<TRow> row{weightParameter})\n    where TLabel : global::System.Numerics.INumberBase<TLabel>\n    where TRow : global::System.Numerics.INumberBase<TRow>");
            foreach (var field in model.Fields)
            {
                w.WriteLine(field.Merge == MergeKind.Append
                    ? $"state.{field.Name}.Append(contribution.{field.Name}, labels, row{(weighted ? ", weight" : string.Empty)});"
                    : FieldAccumulation(field, weighted));
            }

            w.CloseBlock();
            w.WriteLine();
        }
    }

    private static string FieldAccumulation(StateField field, bool weighted)
    {
        var name = field.Identifier;
        return (field.Merge, field.Type) switch
        {
            (_, StateFieldType.SumArray) => weighted
                ? $"state.{name}.Accumulate(contribution.{name}, weight);"
                : $"state.{name}.Accumulate(contribution.{name});",
            (MergeKind.Append, _) => weighted
                ? $"state.{name}.Append(contribution.{name}, weight);"
                : $"state.{name}.Append(contribution.{name});",
            (MergeKind.Min, _) => $"state.{name} = global::System.Math.Min(state.{name}, contribution.{name});",
            (MergeKind.Max, _) => $"state.{name} = global::System.Math.Max(state.{name}, contribution.{name});",
            _ => weighted
                ? $"state.{name} += weight * contribution.{name};"
                : $"state.{name} += contribution.{name};",
        };
    }

    private static string Bool(bool value) => value ? "true" : "false";

    public static string Quote(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
}
