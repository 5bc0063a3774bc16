using System.Globalization;

namespace Metrics.Generators.Parsing;

/// <summary>
/// Turns a <c>[Metric]</c> declaration into a <see cref="MetricModel"/>. Total: on anything it does not support it
/// returns null and the generator emits no metric for that type (the analyzers explain why; <see cref="DeclarationParser"/>
/// decides whether it still needs a constructor or the generator's own diagnostics).
/// </summary>
internal static class MetricParser
{
    internal static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static MetricModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        context.TargetSymbol is INamedTypeSymbol type && context.TargetNode is RecordDeclarationSyntax declaration
            ? Parse(type, declaration, context.SemanticModel.Compilation, null, cancellationToken)
            : null;

    /// <summary>
    /// Parses a <c>[Metric]</c> type as the generator does, from the declaration that carries the attribute; for the
    /// analyzers, which report why an update keeps the scalar path at the node <paramref name="scalarUpdates"/> names.
    /// </summary>
    public static MetricModel? Parse(
        INamedTypeSymbol type,
        Compilation compilation,
        List<(IMethodSymbol Method, string Reason, SyntaxNode? Obstacle)> scalarUpdates,
        CancellationToken cancellationToken)
    {
        var attribute = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == KnownNames.MetricAttribute);
        return attribute?.ApplicationSyntaxReference?.GetSyntax(cancellationToken).FirstAncestorOrSelf<RecordDeclarationSyntax>() is { } declaration
            ? Parse(type, declaration, compilation, scalarUpdates, cancellationToken)
            : null;
    }

    private static MetricModel? Parse(
        INamedTypeSymbol type,
        RecordDeclarationSyntax declaration,
        Compilation compilation,
        List<(IMethodSymbol Method, string Reason, SyntaxNode? Obstacle)>? scalarUpdates,
        CancellationToken cancellationToken)
    {
        try
        {
            return ParseCore(type, declaration, compilation, scalarUpdates, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // The generator must never throw (CS8785); an unexpected shape is simply not generated.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static MetricModel? ParseCore(
        INamedTypeSymbol type,
        RecordDeclarationSyntax declaration,
        Compilation compilation,
        List<(IMethodSymbol Method, string Reason, SyntaxNode? Obstacle)>? scalarUpdates,
        CancellationToken cancellationToken)
    {
        if (!type.IsRecord
            || type.TypeKind != TypeKind.Struct
            || type.IsReadOnly
            || type.IsGenericType
            || type.IsFileLocal
            || !IsPartial(declaration)
            || declaration.ContainsDiagnostics
            || MetricSymbols.ReservedMembers(type, cancellationToken).Any()
            || type.DeclaringSyntaxReferences.Length == 0)
        {
            return null;
        }

        // Only the first declaration emits, so a type spread over several partial parts is generated once.
        if (type.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) != declaration)
        {
            return null;
        }

        var containing = ParseContainingTypes(type, cancellationToken);
        if (containing is null)
        {
            return null;
        }

        var parameters = ParseParameters(type, compilation, cancellationToken);
        if (parameters is null)
        {
            return null;
        }

        if (MetricSymbols.StatisticsFields(type, cancellationToken).Any())
        {
            return DerivedParser.Parse(type, containing, parameters, compilation, cancellationToken);
        }

        if (MetricSymbols.CellsFields(type, cancellationToken).Any())
        {
            return CellsParser.Parse(type, containing, parameters, cancellationToken);
        }

        if (MetricSymbols.MeanOfFunctions(type, cancellationToken).Any())
        {
            return FunctionMetricParser.Parse(type, containing, parameters, compilation, scalarUpdates, cancellationToken);
        }

        // Any other method named Merge would clash with, or be called by, the generated one (MET015 explains).
        var merges = MetricSymbols.Merges(type, cancellationToken).ToList();
        if (merges.Any(m => !MetricSymbols.IsRecognisedMerge(m)))
        {
            return null;
        }

        if (merges.Count > 1)
        {
            return null;
        }

        var hasUserMerge = merges.Count > 0;

        var fields = ParseFields(type, hasUserMerge, parameters, cancellationToken);
        if (fields is null || fields.Count == 0)
        {
            return null;
        }

        var compute = FindCompute(type);
        if (compute is null)
        {
            return null;
        }

        var updates = new List<UpdateFunction>();
        foreach (var method in type.GetMembers("Update").OfType<IMethodSymbol>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!method.IsStatic)
            {
                continue;
            }

            var update = ParseUpdate(method, type, parameters, fields, compilation, cancellationToken, out var obstacle);
            if (update is null)
            {
                return null;
            }

            if (update.ScalarReason is not null)
            {
                scalarUpdates?.Add((method, update.ScalarReason, obstacle));
            }

            updates.Add(update);
        }

        if (updates.Count == 0 || updates.GroupBy(u => u.Shape).Any(g => g.Count() > 1))
        {
            return null;
        }

        var declared = type.GetMembers("Update").OfType<IMethodSymbol>()
            .Where(m => MetricSymbols.IsUserDeclared(m, cancellationToken))
            .Select(SignatureKey)
            .ToList();
        var dataMembers = type.GetMembers()
            .Where(m => m is IFieldSymbol or IPropertySymbol or IEventSymbol && !m.IsImplicitlyDeclared && MetricSymbols.IsUserDeclared(m, cancellationToken))
            .Select(m => m.Name)
            .ToList();
        if (declared.Distinct().Count() != declared.Count || dataMembers.Distinct().Count() != dataMembers.Count
            || ClashesWithGeneratedConstructor(type, parameters, cancellationToken))
        {
            // Duplicate user members (already a compiler error) would make the generated calls ambiguous.
            return null;
        }

        return ModelOf(type, containing, fields, parameters, hasUserMerge, compute.ReturnType.ToDisplayString(TypeFormat), updates, declared, cancellationToken);
    }

    /// <summary>
    /// The model of <paramref name="type"/> from the parts its parser found, with the names taken from the type itself;
    /// null when a generated name would not compile.
    /// </summary>
    internal static MetricModel? ModelOf(
        INamedTypeSymbol type,
        IEnumerable<ContainingType> containing,
        IEnumerable<StateField> fields,
        IEnumerable<MetricParameter> parameters,
        bool hasUserMerge,
        string resultType,
        IEnumerable<UpdateFunction> updates,
        IEnumerable<string> declaredUpdateSignatures,
        CancellationToken cancellationToken,
        DerivedState? statistics = null,
        MeanFunction? mean = null,
        CellState? cells = null)
    {
        var model = new MetricModel(
            Namespace(type),
            Naming.Escape(type.Name),
            type.ToDisplayString(TypeFormat),
            DisplayName(type),
            containing.ToEquatableArray(),
            fields.ToEquatableArray(),
            parameters.ToEquatableArray(),
            hasUserMerge,
            resultType,
            updates.ToEquatableArray(),
            DeclaresParameterlessConstructor(type, cancellationToken),
            HintName(type),
            declaredUpdateSignatures.ToEquatableArray(),
            statistics,
            mean,
            cells);
        return HasValidNames(model) ? model : null;
    }

    /// <summary>The public instance <c>Compute()</c> whose result type can be <c>IMetric</c>'s, or null.</summary>
    internal static IMethodSymbol? FindCompute(INamedTypeSymbol type) =>
        type.GetMembers("Compute").OfType<IMethodSymbol>().FirstOrDefault(m =>
            !m.IsStatic && m.Parameters.Length == 0 && !m.ReturnsVoid && m.DeclaredAccessibility == Accessibility.Public
            && m.TypeParameters.Length == 0 && MetricSymbols.IsValidResultType(m));

    /// <summary>The name <c>ToString</c> and <c>MetricName</c> show: <c>[Metric(Name = ...)]</c>, else the type's name.</summary>
    internal static string DisplayName(INamedTypeSymbol type) =>
        type.GetAttributes()
            .FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == KnownNames.MetricAttribute)?
            .NamedArguments.FirstOrDefault(n => n.Key == "Name").Value.Value is string { Length: > 0 } name ? name : type.Name;

    /// <summary>The containing namespace without <c>global::</c>, empty for the global namespace.</summary>
    internal static string Namespace(INamedTypeSymbol type) =>
        type.ContainingNamespace.IsGlobalNamespace
            ? string.Empty
            : type.ContainingNamespace.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted));

    /// <summary>Whether a user constructor takes exactly the parameters' types, as the generated one does.</summary>
    internal static bool ClashesWithGeneratedConstructor(INamedTypeSymbol type, List<MetricParameter> parameters, CancellationToken cancellationToken) =>
        parameters.Count > 0 && type.InstanceConstructors.Any(c => !c.IsImplicitlyDeclared
            && MetricSymbols.IsUserDeclared(c, cancellationToken)
            && c.Parameters.Select(p => p.Type.ToDisplayString(TypeFormat)).SequenceEqual(parameters.Select(p => p.Type)));

    /// <summary>
    /// Whether every name and type that goes into the generated text is well-formed. Broken code (a namespace or type
    /// name the parser could not read) yields symbols with missing or invalid names; nothing is generated for them.
    /// </summary>
    internal static bool HasValidNames(MetricModel model)
    {
        static bool Identifier(string name) => SyntaxFacts.IsValidIdentifier(name.StartsWith("@", StringComparison.Ordinal) ? name.Substring(1) : name);
        static bool Type(string name)
        {
            var parsed = SyntaxFactory.ParseTypeName(name);
            return !parsed.ContainsDiagnostics && parsed.FullSpan.Length == name.Length;
        }

        return (model.Namespace.Length == 0 || model.Namespace.Split('.').All(Identifier))
            && Identifier(model.TypeName)
            && model.ContainingTypes.All(c => Identifier(c.Name))
            && model.Fields.All(f => Identifier(f.Name))
            && model.Parameters.All(p => Identifier(p.Name) && Type(p.Type))
            && Type(model.FullyQualifiedName)
            && Type(model.ResultType);
    }

    internal static bool DeclaresParameterlessConstructor(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && !c.IsImplicitlyDeclared
            && MetricSymbols.IsUserDeclared(c, cancellationToken));

    private static bool IsPartial(TypeDeclarationSyntax declaration) =>
        declaration.Modifiers.Any(SyntaxKind.PartialKeyword);

    private static List<ContainingType>? ParseContainingTypes(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var result = new List<ContainingType>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (outer.IsGenericType || outer.DeclaringSyntaxReferences.Length == 0)
            {
                return null;
            }

            foreach (var reference in outer.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax syntax || !IsPartial(syntax))
                {
                    return null;
                }
            }

            var keyword = (outer.IsRecord, outer.TypeKind) switch
            {
                (true, TypeKind.Struct) => "record struct",
                (true, _) => "record",
                (false, TypeKind.Struct) => "struct",
                (false, TypeKind.Interface) => "interface",
                _ => "class",
            };
            result.Insert(0, new ContainingType(keyword, Naming.Escape(outer.Name)));
        }

        return result;
    }

    private static List<MetricParameter>? ParseParameters(
        INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        var result = new List<MetricParameter>();
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            var attribute = MetricSymbols.FindAttribute(property, KnownNames.ParameterAttribute);
            if (attribute is null)
            {
                continue;
            }

            if (property.IsStatic || property.SetMethod is not { IsInitOnly: true } || property.GetMethod is null)
            {
                return null;
            }

            // A mutable type (MET031) would be compared by reference by Merge and could change after validation. A range
            // without a value (MET032) is still generated: its validation rejects every value with a clear exception, and
            // the generated constructor keeps the declaration compiling so that the error shows in a command-line build.
            if (Analyzers.ParameterRules.MutableTypeReason(property.Type) is not null)
            {
                return null;
            }

            var kind = Analyzers.ParameterRules.Kind(property.Type);

            var (min, minExclusive, max, maxExclusive) = Analyzers.ParameterRules.Range(attribute);
            var allowEmpty = attribute.NamedArguments.Any(n => n is { Key: "AllowEmpty", Value.Value: true });

            var (hasInitializer, literal) = ReadInitializer(property, compilation, cancellationToken);
            result.Add(new MetricParameter(
                property.Name,
                property.Type.ToDisplayString(TypeFormat),
                kind,
                literal,
                hasInitializer,
                min,
                max,
                minExclusive,
                maxExclusive,
                allowEmpty));
        }

        return result;
    }

    private static (bool HasInitializer, string? Literal) ReadInitializer(
        IPropertySymbol property, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is PropertyDeclarationSyntax { Initializer: { } initializer })
            {
                var model = compilation.GetSemanticModel(initializer.SyntaxTree);
                if (initializer.Value.IsKind(SyntaxKind.DefaultLiteralExpression) && property.Type.IsValueType)
                {
                    return (true, "default");
                }

                var constant = model.GetConstantValue(initializer.Value, cancellationToken);
                return (true, constant.HasValue ? Literals.Constant(constant.Value, property.Type) : null);
            }
        }

        return (false, null);
    }

    private static List<StateField>? ParseFields(
        INamedTypeSymbol type, bool hasUserMerge, List<MetricParameter> parameters, CancellationToken cancellationToken)
    {
        var result = new List<StateField>();
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
        {
            if (field.IsStatic || field.IsConst || field.IsImplicitlyDeclared || field.AssociatedSymbol is not null
                || !MetricSymbols.IsUserDeclared(field, cancellationToken))
            {
                continue;
            }

            var merge = MetricSymbols.FindAttribute(field, KnownNames.SumAttribute) is not null ? MergeKind.Sum
                : MetricSymbols.FindAttribute(field, KnownNames.MinAttribute) is not null ? MergeKind.Min
                : MetricSymbols.FindAttribute(field, KnownNames.MaxAttribute) is not null ? MergeKind.Max
                : MetricSymbols.FindAttribute(field, KnownNames.AppendAttribute) is not null ? MergeKind.Append
                : MergeKind.Custom;
            if (merge == MergeKind.Custom && !hasUserMerge)
            {
                return null;
            }

            if (field.IsReadOnly)
            {
                return null;
            }

            var storage = field.Type.SpecialType switch
            {
                SpecialType.System_Double => StateFieldType.Double,
                SpecialType.System_Int64 => StateFieldType.Long,
                _ => field.Type.ToDisplayString() switch
                {
                    KnownNames.SumArray => StateFieldType.SumArray,
                    KnownNames.SampleBuffer => StateFieldType.SampleBuffer,
                    _ => StateFieldType.Other,
                },
            };

            var valid = (merge, storage) switch
            {
                (MergeKind.Sum, StateFieldType.Double or StateFieldType.Long or StateFieldType.SumArray) => true,
                (MergeKind.Min or MergeKind.Max, StateFieldType.Double) => true,
                (MergeKind.Append, StateFieldType.SampleBuffer) => !hasUserMerge,
                (MergeKind.Custom, StateFieldType.Double or StateFieldType.Long) => true,
                _ => false,
            };
            if (!valid)
            {
                return null;
            }

            // [SizedBy] sizes only an array; on another field it is a mistake, not something to ignore (MET019).
            if (storage != StateFieldType.SumArray && MetricSymbols.FindAttribute(field, KnownNames.SizedByAttribute) is not null)
            {
                return null;
            }

            var sizedBy = EquatableArray<string>.Empty;
            var sizing = EquatableArray<string>.Empty;
            if (storage == StateFieldType.SumArray)
            {
                var names = MetricSymbols.FindAttribute(field, KnownNames.SizedByAttribute)?.ConstructorArguments
                    .SelectMany(a => a.Kind == TypedConstantKind.Array ? a.Values : ImmutableArrayOf(a))
                    .Select(v => v.Value as string)
                    .ToList();
                if (names is null || names.Count == 0 || names.Any(n => n is null
                        || !(parameters.Any(p => p.Name == n && (p.Type == "int" || p.Kind == ParameterKind.NumericArray)) || IsSizeProperty(type, n))))
                {
                    return null;
                }

                sizedBy = names.Select(n => n!).ToEquatableArray();
                sizing = names.SelectMany(n => SizingParameters(type, n!, parameters, 0)).Distinct().ToEquatableArray();
            }

            result.Add(new StateField(field.Name, merge, storage, sizedBy, sizing));
        }

        return result;
    }

    /// <summary>
    /// An int or long instance property with a getter that is not a parameter: a size computed from parameters (long, so
    /// that a product of parameters cannot wrap around before the generated size check sees it).
    /// </summary>
    // The parameters a [SizedBy] name stands for: the name itself when it is a parameter, else the parameters the size
    // property's body names (through other size properties, a few levels deep), so that a size beyond the limit can
    // name the parameter the user gave, not a property they cannot set.
    private static IEnumerable<string> SizingParameters(INamedTypeSymbol type, string name, IReadOnlyList<MetricParameter> parameters, int depth)
    {
        if (parameters.FirstOrDefault(p => p.Name == name) is { } parameter)
        {
            // Only a count or a list's length makes a size; other parameters (a threshold grid) are not named.
            return parameter.Type is "int" or "long" || parameter.Kind == ParameterKind.NumericArray ? new[] { name } : Array.Empty<string>();
        }

        if (depth > 3)
        {
            return Array.Empty<string>();
        }

        return type.GetMembers(name).OfType<IPropertySymbol>()
            .SelectMany(p => p.DeclaringSyntaxReferences)
            .SelectMany(r => r.GetSyntax().DescendantNodes().OfType<IdentifierNameSyntax>())
            .Select(i => i.Identifier.ValueText)
            .Where(n => n != name)
            .Distinct()
            .SelectMany(n => SizingParameters(type, n, parameters, depth + 1));
    }

    private static bool IsSizeProperty(INamedTypeSymbol type, string name) =>
        type.GetMembers(name).OfType<IPropertySymbol>().Any(p =>
            !p.IsStatic && p.GetMethod is not null && p.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
            && MetricSymbols.FindAttribute(p, KnownNames.ParameterAttribute) is null);

    private static IEnumerable<TypedConstant> ImmutableArrayOf(TypedConstant constant)
    {
        yield return constant;
    }

    /// <summary>
    /// An update function's model, or null when it is not one the generator lifts. With <paramref name="mean"/>, the
    /// method is that function metric's <c>[MeanOf]</c> function (returning a double), which stands for the generated
    /// update function <c>new() { Sum = Function(...), Count = 1 }</c>.
    /// </summary>
    internal static UpdateFunction? ParseUpdate(
        IMethodSymbol method,
        INamedTypeSymbol type,
        List<MetricParameter> parameters,
        List<StateField> fields,
        Compilation compilation,
        CancellationToken cancellationToken,
        out SyntaxNode? obstacle,
        MeanFunction? mean = null)
    {
        obstacle = null;
        var returnsState = mean is null
            ? SymbolEqualityComparer.Default.Equals(method.ReturnType, type)
            : method.ReturnType.SpecialType == SpecialType.System_Double;
        if (!returnsState || method.TypeParameters.Length > 1
            || method.Parameters.Any(p => p.RefKind is not (RefKind.None or RefKind.In)))
        {
            return null;
        }

        var typeParameter = method.TypeParameters.Length == 1 ? method.TypeParameters[0] : null;
        var arguments = new List<UpdateArgument>();
        var inputs = new List<IParameterSymbol>();
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.ToDisplayString() == KnownNames.SumArrayWriter)
            {
                var written = fields.FirstOrDefault(f => f.Type == StateFieldType.SumArray && f.Merge == MergeKind.Sum
                    && string.Equals(f.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
                if (written is null || parameter.RefKind != RefKind.None)
                {
                    return null;
                }

                arguments.Add(new UpdateArgument(ArgumentRole.Cells, written.Name));
                continue;
            }

            var matched = parameters.FirstOrDefault(p =>
                string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (matched is not null)
            {
                var property = type.GetMembers(matched.Name).OfType<IPropertySymbol>().First();
                if (!compilation.ClassifyConversion(property.Type, parameter.Type).IsImplicit)
                {
                    return null;
                }

                arguments.Add(new UpdateArgument(ArgumentRole.Parameter, matched.Name));
            }
            else
            {
                inputs.Add(parameter);
                arguments.Add(new UpdateArgument(ArgumentRole.Prediction, null));
            }
        }

        var kinds = inputs.Select(p => Classify(p.Type, typeParameter)).ToList();
        if (kinds.Any(k => k is null))
        {
            return null;
        }

        ElementShape shape;
        int labelIndex, predictionIndex;
        switch (kinds.Count)
        {
            case 1 when !kinds[0]!.IsSpan:
                shape = ElementShape.Value;
                labelIndex = -1;
                predictionIndex = 0;
                break;
            case 2 when !kinds[0]!.IsSpan && !kinds[1]!.IsSpan:
                shape = ElementShape.Pair;
                (labelIndex, predictionIndex) = (0, 1);
                break;
            case 2 when kinds[0]!.IsSpan && kinds[1]!.IsSpan:
                shape = ElementShape.RowPair;
                (labelIndex, predictionIndex) = (0, 1);
                break;
            case 2:
                shape = ElementShape.Row;
                (labelIndex, predictionIndex) = kinds[0]!.IsSpan ? (1, 0) : (0, 1);
                break;
            default:
                return null;
        }

        // Mark which input argument is the label.
        if (labelIndex >= 0)
        {
            var labelParameter = inputs[labelIndex];
            var position = method.Parameters.IndexOf(labelParameter);
            arguments[position] = new UpdateArgument(ArgumentRole.Label, null);
        }

        var (classIndex, classIndexValue) = labelIndex >= 0
            ? ParseClassIndex(inputs[labelIndex], shape, parameters)
            : (ClassIndexKind.None, null);
        var (predictionClassIndex, predictionClassIndexValue) = shape == ElementShape.Pair
            ? ParseClassIndex(inputs[predictionIndex], shape, parameters)
            : (ClassIndexKind.None, null);
        if (classIndexValue == "invalid" || predictionClassIndexValue == "invalid")
        {
            return null;
        }

        var classIndexIgnore = labelIndex >= 0 ? ParseClassIndexIgnore(inputs[labelIndex], parameters) : null;
        if (classIndexIgnore == "invalid")
        {
            return null;
        }

        var notNaN = MetricSymbols.FindAttribute(inputs[predictionIndex], KnownNames.NotNaNAttribute) is not null;
        // [OneHot] and [Probability] mark the label row of a row-pair update; anywhere else MET029 reports them and
        // nothing is generated.
        var oneHot = labelIndex >= 0 && MetricSymbols.FindAttribute(inputs[labelIndex], KnownNames.OneHotAttribute) is not null;
        var probability = labelIndex >= 0 && MetricSymbols.FindAttribute(inputs[labelIndex], KnownNames.ProbabilityAttribute) is not null;
        // [Probability] also marks a prediction (scalar or row) of a labelled update: predictions must lie in [0, 1].
        var probabilityPredictions = labelIndex >= 0 && MetricSymbols.FindAttribute(inputs[predictionIndex], KnownNames.ProbabilityAttribute) is not null;
        if (((oneHot || probability) && shape != ElementShape.RowPair)
            || inputs.Where((input, i) => i != labelIndex).Any(input => MetricSymbols.FindAttribute(input, KnownNames.OneHotAttribute) is not null)
            || inputs.Where((input, i) => i != labelIndex && (i != predictionIndex || labelIndex < 0)).Any(input =>
                MetricSymbols.FindAttribute(input, KnownNames.ProbabilityAttribute) is not null))
        {
            return null;
        }

        string? atLeast = null, equalTo = null, above = null;
        if (MetricSymbols.FindAttribute(inputs[predictionIndex], KnownNames.RowLengthAttribute) is { } rowLength)
        {
            if (shape is not (ElementShape.Row or ElementShape.RowPair))
            {
                return null;
            }

            foreach (var named in rowLength.NamedArguments)
            {
                var name = named.Value.Value as string;
                var required = named.Key == "Above" ? "int?" : "int";
                if (name is null || !parameters.Any(p => p.Name == name && p.Type == required))
                {
                    return null;
                }

                (atLeast, equalTo, above) = named.Key switch
                {
                    "AtLeast" => (name, equalTo, above),
                    "Above" => (atLeast, equalTo, name),
                    _ => (atLeast, name, above),
                };
            }
        }

        var label = labelIndex >= 0 ? kinds[labelIndex] : null;
        var prediction = kinds[predictionIndex]!;
        var combinations = ExpandInputs(label, prediction, typeParameter, compilation).ToList();
        if (combinations.Count == 0)
        {
            return null;
        }

        string? histogram = null;
        var (vector, scalarReason) = DeclaresParameterlessConstructor(type, cancellationToken)
            ? (null, "the type declares its own parameterless constructor, so unassigned fields have no known identity")
            : mean is not null
                ? VectorTranslator.TranslateMean(method, shape, arguments, mean, compilation, cancellationToken, out obstacle)
                : VectorTranslator.Translate(method, shape, arguments, fields, compilation, cancellationToken, out obstacle, out histogram);
        if (histogram is not null && scalarReason is not null)
        {
            scalarReason += " in the cell index of a histogram update";
        }

        return new UpdateFunction(
            shape,
            arguments.ToEquatableArray(),
            combinations.ToEquatableArray(),
            classIndex,
            classIndexValue,
            predictionClassIndex,
            predictionClassIndexValue,
            classIndexIgnore,
            oneHot,
            atLeast,
            equalTo,
            vector,
            scalarReason,
            notNaN,
            above,
            histogram,
            probability,
            probabilityPredictions,
            mean is null ? AppendOnlyUpdate.Field(method, shape, arguments, fields, compilation, cancellationToken) : null);
    }

    private static (ClassIndexKind Kind, string? Value) ParseClassIndex(
        IParameterSymbol label, ElementShape shape, List<MetricParameter> parameters)
    {
        var attribute = MetricSymbols.FindAttribute(label, KnownNames.ClassIndexAttribute);
        if (attribute is null)
        {
            return (ClassIndexKind.None, null);
        }

        var isIntRow = shape == ElementShape.RowPair && label.Type is INamedTypeSymbol { IsGenericType: true } row
            && row.ConstructedFrom.ToDisplayString() == "System.ReadOnlySpan<T>"
            && row.TypeArguments[0].SpecialType == SpecialType.System_Int32;
        if (label.Type.SpecialType != SpecialType.System_Int32 && !isIntRow)
        {
            return (ClassIndexKind.None, "invalid");
        }

        if (attribute.ConstructorArguments.Length == 0)
        {
            return shape == ElementShape.Row ? (ClassIndexKind.RowLength, null) : (ClassIndexKind.None, "invalid");
        }

        return attribute.ConstructorArguments[0].Value switch
        {
            int classes when classes > 0 => (ClassIndexKind.Constant, classes.ToString(CultureInfo.InvariantCulture)),
            string name when parameters.Any(p => p.Name == name && p.Type == "int") => (ClassIndexKind.Parameter, name),
            _ => (ClassIndexKind.None, "invalid"),
        };
    }

    private static string? ParseClassIndexIgnore(IParameterSymbol label, List<MetricParameter> parameters)
    {
        var attribute = MetricSymbols.FindAttribute(label, KnownNames.ClassIndexAttribute);
        foreach (var named in attribute?.NamedArguments ?? ImmutableArray<KeyValuePair<string, TypedConstant>>.Empty)
        {
            if (named.Key == "Ignore")
            {
                return named.Value.Value is string name && parameters.Any(p => p.Name == name && p.Type == "int?")
                    ? name
                    : "invalid";
            }
        }

        return null;
    }

    private sealed record InputKind(bool IsSpan, string? Keyword, bool IsTypeParameter);

    private static InputKind? Classify(ITypeSymbol type, ITypeParameterSymbol? typeParameter)
    {
        if (type is INamedTypeSymbol { IsGenericType: true } named
            && named.ConstructedFrom.ToDisplayString() == "System.ReadOnlySpan<T>")
        {
            var element = Classify(named.TypeArguments[0], typeParameter);
            return element is null || element.IsSpan ? null : element with { IsSpan = true };
        }

        if (typeParameter is not null && SymbolEqualityComparer.Default.Equals(type, typeParameter))
        {
            return new InputKind(false, null, true);
        }

        var keyword = type.SpecialType switch
        {
            SpecialType.System_Single => "float",
            SpecialType.System_Double => "double",
            SpecialType.System_Int32 => "int",
            SpecialType.System_Int64 => "long",
            SpecialType.System_Boolean => "bool",
            _ => null,
        };
        return keyword is null ? null : new InputKind(false, keyword, false);
    }

    private static IEnumerable<InputTypes> ExpandInputs(
        InputKind? label, InputKind prediction, ITypeParameterSymbol? typeParameter, Compilation compilation)
    {
        if (typeParameter is not null)
        {
            foreach (var argument in new[] { "float", "double" })
            {
                if (!MetricSymbols.Satisfies(typeParameter, compilation.GetSpecialType(argument == "float" ? SpecialType.System_Single : SpecialType.System_Double)))
                {
                    continue;
                }

                var labelType = label is null ? string.Empty : label.IsTypeParameter ? argument : label.Keyword!;
                var predictionType = prediction.IsTypeParameter ? argument : prediction.Keyword!;
                yield return new InputTypes(labelType, predictionType, WeightType(predictionType), argument);
            }

            yield break;
        }

        var predictions = Accepted(prediction);
        if (label is null)
        {
            foreach (var p in predictions)
            {
                yield return new InputTypes(string.Empty, p, WeightType(p), null);
            }

            yield break;
        }

        var labels = Accepted(label);
        if (label.Keyword == prediction.Keyword && !label.IsSpan && !prediction.IsSpan)
        {
            foreach (var t in predictions)
            {
                yield return new InputTypes(t, t, WeightType(t), null);
            }

            yield break;
        }

        foreach (var l in labels)
        {
            foreach (var p in predictions)
            {
                yield return new InputTypes(l, p, WeightType(p), null);
            }
        }
    }

    // A scalar double accepts float batches too (widening is exact); spans cannot be widened in place.
    private static string[] Accepted(InputKind kind) =>
        kind.Keyword == "double" && !kind.IsSpan ? new[] { "double", "float" } : new[] { kind.Keyword! };

    private static string WeightType(string predictionType) =>
        predictionType is "float" or "double" ? predictionType : "double";

    /// <summary>The key <c>UpdateEmitter.SignatureKey</c> gives a generated overload with the same parameter types.</summary>
    internal static string SignatureKey(IMethodSymbol method) => Emitting.UpdateEmitter.SignatureKey(string.Join(", ", method.Parameters.Select(p =>
        (p.RefKind switch { RefKind.In => "in ", RefKind.Ref => "ref ", RefKind.Out => "out ", RefKind.RefReadOnlyParameter => "ref readonly ", _ => string.Empty })
        + p.Type.ToDisplayString(TypeFormat) + " p")));

    internal static string HintName(INamedTypeSymbol type)
    {
        var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty);
        var chars = name.Select(c => char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_').ToArray();
        return new string(chars) + ".g.cs";
    }
}
