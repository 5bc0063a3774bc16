namespace Metrics.Generators.Emitting;

/// <summary>
/// Writes the generated part of a derived metric, whose state is another metric's (its <c>[Statistics]</c> field): the
/// same public overloads as the statistics metric, each forwarding the batch to it, <c>Merge</c> and <c>Reset</c> of
/// the statistics, <c>ISharesStatistics</c> (so collections share one statistics state), persistence of the
/// statistics' state, and the parameter members every metric has.
/// </summary>
internal static class DerivedEmitter
{
    private const string S = ShapeSyntax.Span;
    private const string TS = ShapeSyntax.TensorSpan;

    public static void Emit(IndentedWriter w, MetricModel model, DerivedState statistics, CancellationToken cancellationToken)
    {
        MetricEmitter.EmitIdentity(w, model);
        StateGuardEmitter.EmitConstructedFlag(w, model);
        MetricEmitter.EmitConstructors(w, model);
        EmitLifecycle(w, model, statistics);
        EmitSharing(w, model, statistics);
        EmitMerge(w, model, statistics);
        MetricEmitter.EmitParameters(w, model);
        StateGuardEmitter.EmitInterfaceCompute(w, model);
        EmitToString(w, model, statistics);
        UntypedEmitter.Emit(w, model);
        PersistenceEmitter.Emit(w, model);
        MetricEmitter.EmitUpdateOverloads(w, model, cancellationToken);
        foreach (var update in model.Updates)
        {
            foreach (var types in update.Inputs)
            {
                EmitSpanCore(w, model, statistics, update.Shape, types);
                EmitTensorCore(w, model, statistics, update.Shape, types);
            }
        }
    }

    internal static void EmitLifecycle(IndentedWriter w, MetricModel model, DerivedState statistics)
    {
        var field = statistics.Identifier;
        LifecycleEmitter.Emit(w, model, field, "StatisticsTemplate()", "its own copy of the statistics' array-valued state");

        // `with` can change a parameter after the statistics were made: an empty state takes the new parameters, a
        // non-empty one cannot (its counts were taken with the old ones).
        w.OpenBlock($"private readonly {statistics.StatisticsType} CurrentStatistics()");
        w.WriteLine("var template = StatisticsTemplate();");
        w.OpenBlock($"if (this.{field}.HasSameParameters(template))");
        w.WriteLine($"return this.{field};");
        w.CloseBlock();
        w.WriteLine();
        w.OpenBlock($"if (this.{field}.Equals(this.{field}.Empty()))");
        w.WriteLine("return template;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine($"throw new global::System.InvalidOperationException(string.Create(global::System.Globalization.CultureInfo.InvariantCulture, $\"{{MetricName}} ({{ParameterText()}}) holds statistics accumulated with other parameters ({{this.{field}}}); a parameter changed with 'with' after the first update. Create the metric with its parameters, or call Reset().\"));");
        w.CloseBlock();
        w.WriteLine();
    }

    private static void EmitSharing(IndentedWriter w, MetricModel model, DerivedState statistics)
    {
        if (!statistics.UserTemplate)
        {
            w.WriteLine("/// <summary>Empty statistics with the parameters this metric gives them, shared in a <see cref=\"global::Metrics.MetricCollection\"/> with every member that makes the same.</summary>");
            w.WriteLine($"public readonly {statistics.StatisticsType} StatisticsTemplate() =>\n    new {statistics.StatisticsType}({string.Join(", ", statistics.TemplateArguments)});");
            w.WriteLine();
        }

        w.WriteLine("/// <summary>This metric (same parameters) holding <paramref name=\"statistics\"/>.</summary>");
        w.WriteLine("/// <param name=\"statistics\">The accumulated statistics.</param>");
        w.WriteLine($"public readonly {model.FullyQualifiedName} WithStatistics(in {statistics.StatisticsType} statistics) =>\n    this with {{ {statistics.Identifier} = statistics }};");
        w.WriteLine();
    }

    internal static void EmitMerge(IndentedWriter w, MetricModel model, DerivedState statistics)
    {
        MetricEmitter.EmitMergeChecks(w, model, "its statistics no longer match its parameters");
        w.WriteLine("var merged = this;");
        w.WriteLine($"merged.{statistics.Identifier} = CurrentStatistics().Merge(other.CurrentStatistics());");
        w.WriteLine("return merged;");
        w.CloseBlock();
        w.WriteLine();
    }

    internal static void EmitToString(IndentedWriter w, MetricModel model, DerivedState statistics)
    {
        var parameters = model.Parameters.Count == 0 ? string.Empty : "; {ParameterText()}";
        w.WriteLine("/// <summary>The metric's value, its statistics and its parameters, formatted with the invariant culture.</summary>");
        w.WriteLine($"public override string ToString() =>\n    string.Create(global::System.Globalization.CultureInfo.InvariantCulture, $\"{{MetricName}}(value: {{Compute()}}; {statistics.FieldName}: {{this.{statistics.Identifier}}}{parameters})\");");
        w.WriteLine();
    }

    // The core the public span overloads and the untyped batch call: the statistics' public overload for the same arguments.
    private static void EmitSpanCore(IndentedWriter w, MetricModel model, DerivedState statistics, ElementShape shape, InputTypes types)
    {
        var weights = model.SupportsWeights;
        var inputs = shape switch
        {
            ElementShape.Value => $"{S}<{types.PredictionType}> values",
            ElementShape.Pair => $"{S}<{types.LabelType}> labels, {S}<{types.PredictionType}> predictions",
            _ => $"{S}<{types.LabelType}> labels, {S}<{types.PredictionType}> predictions, int columns",
        };
        var names = shape switch
        {
            ElementShape.Value => "values",
            ElementShape.Pair => "labels, predictions",
            _ => "labels, predictions, columns",
        };
        var weightParams = weights ? $", {S}<{types.WeightType}> weights, bool hasWeights" : string.Empty;
        w.OpenBlock($"private {model.FullyQualifiedName} {ShapeSyntax.CoreName(shape)}({inputs}, {S}<bool> mask, bool hasMask{weightParams})");
        EmitForward(w, statistics, names, weights);
        w.CloseBlock();
        w.WriteLine();
    }

    private static void EmitTensorCore(IndentedWriter w, MetricModel model, DerivedState statistics, ElementShape shape, InputTypes types)
    {
        var weights = model.SupportsWeights;
        var inputs = shape == ElementShape.Value
            ? $"in {TS}<{types.PredictionType}> values"
            : $"in {TS}<{types.LabelType}> labels, in {TS}<{types.PredictionType}> predictions";
        var names = shape == ElementShape.Value ? "in values" : "in labels, in predictions";
        var weightParams = weights ? $", in {TS}<{types.WeightType}> weights, bool hasWeights" : string.Empty;
        w.OpenBlock($"private {model.FullyQualifiedName} {ShapeSyntax.TensorCoreName(shape)}({inputs}, in {TS}<bool> mask, bool hasMask{weightParams})");
        EmitForward(w, statistics, names, weights, tensors: true);
        w.CloseBlock();
        w.WriteLine();
    }

    private static void EmitForward(IndentedWriter w, DerivedState statistics, string names, bool weights, bool tensors = false)
    {
        var field = statistics.Identifier;
        var passed = tensors ? "in " : string.Empty;
        w.WriteLine("ValidateParameters();");
        w.WriteLine("var statistics = CurrentStatistics();");
        if (weights)
        {
            w.OpenBlock("if (hasWeights)");
            w.WriteLine($"_ = hasMask ? statistics.Update({names}, {passed}mask, {passed}weights) : statistics.Update({names}, {passed}weights);");
            w.CloseBlock();
            w.OpenBlock("else");
            w.WriteLine($"_ = hasMask ? statistics.Update({names}, {passed}mask) : statistics.Update({names});");
            w.CloseBlock();
        }
        else
        {
            w.WriteLine($"_ = hasMask ? statistics.Update({names}, {passed}mask) : statistics.Update({names});");
        }

        w.WriteLine();
        w.WriteLine($"this.{field} = statistics;");
        w.WriteLine("return this;");
    }
}
