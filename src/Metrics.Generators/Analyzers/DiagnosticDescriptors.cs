namespace Metrics.Generators.Analyzers;

/// <summary>The stable IDs of the Metrics.Dsl diagnostics (documented in <c>docs/diagnostics/METxxx.md</c>).</summary>
public static class DiagnosticIds
{
    /// <summary>A <c>[Metric]</c> declaration is not partial.</summary>
    public const string NotPartial = "MET001";

    /// <summary>A <c>[Metric]</c> type is not a record struct.</summary>
    public const string NotRecordStruct = "MET002";

    /// <summary>A <c>[Metric]</c> type is generic.</summary>
    public const string GenericMetric = "MET003";

    /// <summary>A <c>[Metric]</c> type is nested in a generic type.</summary>
    public const string NestedInGenericType = "MET004";

    /// <summary>A type containing a <c>[Metric]</c> is not partial.</summary>
    public const string ContainingTypeNotPartial = "MET005";

    /// <summary><c>[Metric]</c> is on a part that is not the type's first declaration.</summary>
    public const string AttributeNotOnFirstPart = "MET006";

    /// <summary>A metric has no update function.</summary>
    public const string NoUpdate = "MET007";

    /// <summary>Two update functions take the same element shape.</summary>
    public const string AmbiguousUpdate = "MET008";

    /// <summary>An update function is not static.</summary>
    public const string UpdateNotStatic = "MET009";

    /// <summary>An update function's signature is not supported.</summary>
    public const string UpdateSignature = "MET010";

    /// <summary>An update function takes an element the generator cannot lift to batches.</summary>
    public const string UnliftableElement = "MET011";

    /// <summary>A <c>[ClassIndex]</c> attribute is misused.</summary>
    public const string InvalidClassIndex = "MET012";

    /// <summary>A metric has no <c>Compute()</c>.</summary>
    public const string MissingCompute = "MET013";

    /// <summary>A metric's <c>Compute</c> is not <c>public TResult Compute()</c>.</summary>
    public const string IllTypedCompute = "MET014";

    /// <summary>A metric's <c>Merge</c> is not <c>static T Merge(T a, T b)</c>.</summary>
    public const string IllTypedMerge = "MET015";

    /// <summary>A state field has no merge.</summary>
    public const string FieldWithoutMerge = "MET016";

    /// <summary>A state field's type is not one its merge can handle.</summary>
    public const string FieldTypeNotMergeable = "MET017";

    /// <summary>A state field is readonly.</summary>
    public const string ReadOnlyField = "MET018";

    /// <summary>An array state field has no valid <c>[SizedBy]</c>.</summary>
    public const string InvalidSizedBy = "MET019";

    /// <summary>A metric has no state fields.</summary>
    public const string NoStateFields = "MET020";

    /// <summary>A parameter is not an init-only instance property.</summary>
    public const string MutableParameter = "MET021";

    /// <summary>A parameter's type is not an immutable value compared by value.</summary>
    public const string MutableParameterType = "MET031";

    /// <summary>A parameter's declared range admits no value.</summary>
    public const string EmptyParameterRange = "MET032";

    /// <summary>A with-expression sets a parameter that sizes a state array of a metric that may hold a state.</summary>
    public const string SizingParameterWith = "MET033";

    /// <summary>A parameter's type has no configuration form, so the metric cannot be configured or serialized.</summary>
    public const string ParameterWithoutConfigForm = "MET034";

    /// <summary>An update, merge or compute function assigns something other than its own locals.</summary>
    public const string ImpureAssignment = "MET022";

    /// <summary>An update, merge or compute function calls an impure API.</summary>
    public const string ImpureCall = "MET023";

    /// <summary>An update (or merge) body cannot be lifted to SIMD lanes.</summary>
    public const string NotVectorizable = "MET024";

    /// <summary>Two metrics merged with parameters known to differ.</summary>
    public const string MergeDifferentParameters = "MET025";

    /// <summary>Two metrics of different types merged.</summary>
    public const string MergeDifferentTypes = "MET026";

    /// <summary>The result of Compute, Merge, Empty or Copy is discarded.</summary>
    public const string DiscardedResult = "MET027";

    /// <summary>A member of a metric has the name of a member the generator emits.</summary>
    public const string ReservedMemberName = "MET028";

    /// <summary>A <c>[OneHot]</c>, <c>[Probability]</c> or <c>[RowLength]</c> constraint is misplaced or names no int parameter.</summary>
    public const string InvalidRowConstraint = "MET029";

    /// <summary>A generated batch overload is left out because another update's overload has its parameter types.</summary>
    public const string OverloadClash = "MET030";

    /// <summary>A <c>[Statistics]</c> field's type is not a metric of this project that can hold a derived metric's state.</summary>
    public const string StatisticsNotAMetric = "MET035";

    /// <summary>A parameter of the statistics metric has no parameter of the same name and type in the derived metric.</summary>
    public const string UnmappedStatisticsParameter = "MET036";

    /// <summary>A derived metric declares its own update, merge or state.</summary>
    public const string DerivedMetricDeclaresState = "MET037";

    /// <summary>A function metric (a <c>[MeanOf]</c> function) declares its own state, update, merge or Compute.</summary>
    public const string FunctionMetricDeclaresState = "MET038";

    /// <summary>A <c>[MeanOf]</c> function is not a static function returning a double in a metric.</summary>
    public const string InvalidMeanOfFunction = "MET039";

    /// <summary>A metric declares more than one <c>[MeanOf]</c> function.</summary>
    public const string SeveralMeanOfFunctions = "MET040";

    /// <summary>A per-column metric (a <c>[Cells]</c> field) is declared in a form the generator cannot honour.</summary>
    public const string InvalidCellsMetric = "MET041";

    /// <summary>A <c>[SharedKeys]</c> field is not the statistics field of a derived metric over a scored-rows metric.</summary>
    public const string InvalidSharedKeysField = "MET042";
}

/// <summary>The descriptors of every Metrics.Dsl diagnostic, with a help link to its page in <c>docs/diagnostics</c>.</summary>
public static class DiagnosticDescriptors
{
    /// <summary>The base of the help links, <c>{HelpLinkBase}/MET001.md</c>: the repository's docs/diagnostics folder.</summary>
    public const string HelpLinkBase = RepositoryInfo.Url + "/blob/" + RepositoryInfo.Branch + "/docs/diagnostics";

    private const string Declaration = "Metrics.Declaration";
    private const string Purity = "Metrics.Purity";
    private const string Performance = "Metrics.Performance";
    private const string Usage = "Metrics.Usage";

    /// <summary>MET001.</summary>
    public static readonly DiagnosticDescriptor NotPartial = new(
        DiagnosticIds.NotPartial,
        "Metric declaration must be partial",
        "Metric '{0}' must be declared 'partial' so that the generator can add its members; nothing is generated for it",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator adds the batch updates, Merge, Reset and ToString to a second part of the type, which needs every part to be partial.",
        helpLinkUri: HelpLink(DiagnosticIds.NotPartial));

    /// <summary>MET002.</summary>
    public static readonly DiagnosticDescriptor NotRecordStruct = new(
        DiagnosticIds.NotRecordStruct,
        "Metric must be a record struct",
        "Metric '{0}' must be a 'partial record struct', not {1}; nothing is generated for it",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Metric states are values that are copied, compared and merged: the DSL only supports record structs.",
        helpLinkUri: HelpLink(DiagnosticIds.NotRecordStruct));

    /// <summary>MET003.</summary>
    public static readonly DiagnosticDescriptor GenericMetric = new(
        DiagnosticIds.GenericMetric,
        "Metric must not be generic",
        "Metric '{0}' is generic, which the generator does not support; nothing is generated for it",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Generic metric types are not supported; make the update function generic instead (Update<T>(...) where T : INumber<T>).",
        helpLinkUri: HelpLink(DiagnosticIds.GenericMetric));

    /// <summary>MET004.</summary>
    public static readonly DiagnosticDescriptor NestedInGenericType = new(
        DiagnosticIds.NestedInGenericType,
        "Metric must not be nested in a generic type",
        "Metric '{0}' is nested in the generic type '{1}', which the generator does not support; nothing is generated for it",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generated part re-opens every containing type by name, which cannot be done for a generic containing type.",
        helpLinkUri: HelpLink(DiagnosticIds.NestedInGenericType));

    /// <summary>MET005.</summary>
    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = new(
        DiagnosticIds.ContainingTypeNotPartial,
        "Type containing a metric must be partial",
        "Type '{0}', which contains metric '{1}', must be declared 'partial'; nothing is generated for the metric",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generated part re-opens every containing type, which needs each of them to be partial.",
        helpLinkUri: HelpLink(DiagnosticIds.ContainingTypeNotPartial));

    /// <summary>MET006.</summary>
    public static readonly DiagnosticDescriptor AttributeNotOnFirstPart = new(
        DiagnosticIds.AttributeNotOnFirstPart,
        "[Metric] must be on the type's first declaration",
        "Metric '{0}' has several parts and [Metric] is not on the first one (in '{1}'); move the attribute there, or nothing is generated",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator emits a type spread over several partial parts once, from its first declaration, which must carry [Metric].",
        helpLinkUri: HelpLink(DiagnosticIds.AttributeNotOnFirstPart));

    /// <summary>MET007.</summary>
    public static readonly DiagnosticDescriptor NoUpdate = new(
        DiagnosticIds.NoUpdate,
        "Metric has no update function",
        "Metric '{0}' has no 'static {0} Update(...)' function; nothing is generated for it",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A metric needs at least one static Update function that takes one element and returns its contribution.",
        helpLinkUri: HelpLink(DiagnosticIds.NoUpdate));

    /// <summary>MET008.</summary>
    public static readonly DiagnosticDescriptor AmbiguousUpdate = new(
        DiagnosticIds.AmbiguousUpdate,
        "Update functions are ambiguous",
        "Update function '{0}' takes the same element shape ({1}) as '{2}'; keep one per shape, or nothing is generated",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each element shape (value, pair, row, row pair) may have one update function; a generic Update<T> covers float and double.",
        helpLinkUri: HelpLink(DiagnosticIds.AmbiguousUpdate));

    /// <summary>MET009.</summary>
    public static readonly DiagnosticDescriptor UpdateNotStatic = new(
        DiagnosticIds.UpdateNotStatic,
        "Update function must be static",
        "Update function '{0}' must be static: it takes one element and returns its contribution, without reading the state",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator calls Update for each element and folds the returned contribution into the state itself; an instance Update is ignored.",
        helpLinkUri: HelpLink(DiagnosticIds.UpdateNotStatic));

    /// <summary>MET010.</summary>
    public static readonly DiagnosticDescriptor UpdateSignature = new(
        DiagnosticIds.UpdateSignature,
        "Update function signature is not supported",
        "Update function '{0}' is not supported: {1}; nothing is generated for the metric",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An update function returns the metric type, takes its arguments by value or 'in', has at most one type parameter, and its parameter-named arguments accept the parameter's type.",
        helpLinkUri: HelpLink(DiagnosticIds.UpdateSignature));

    /// <summary>MET011.</summary>
    public static readonly DiagnosticDescriptor UnliftableElement = new(
        DiagnosticIds.UnliftableElement,
        "Element shape cannot be lifted to batches",
        "Update function '{0}' takes an element the generator cannot lift: {1}; nothing is generated for the metric",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An element is one scalar, a (label, prediction) pair of scalars, a label and a row (ReadOnlySpan), or a label row and a prediction row; element types are float, double, int, long, bool or a type parameter instantiable with float or double.",
        helpLinkUri: HelpLink(DiagnosticIds.UnliftableElement));

    /// <summary>MET012.</summary>
    public static readonly DiagnosticDescriptor InvalidClassIndex = new(
        DiagnosticIds.InvalidClassIndex,
        "Invalid [ClassIndex]",
        "[ClassIndex] on '{0}' is invalid: {1}; nothing is generated for the metric",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "[ClassIndex] marks an int label (or pair prediction) checked against the row length (row updates only), a positive constant, or an int parameter.",
        helpLinkUri: HelpLink(DiagnosticIds.InvalidClassIndex));

    /// <summary>MET013.</summary>
    public static readonly DiagnosticDescriptor MissingCompute = new(
        DiagnosticIds.MissingCompute,
        "Metric has no Compute function",
        "Metric '{0}' has no 'public TResult Compute()'; nothing is generated for it",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Compute turns the accumulated state into the metric's value; the generated ToString and IMetric implementation use it.",
        helpLinkUri: HelpLink(DiagnosticIds.MissingCompute));

    /// <summary>MET014.</summary>
    public static readonly DiagnosticDescriptor IllTypedCompute = new(
        DiagnosticIds.IllTypedCompute,
        "Compute function is ill-typed",
        "'{0}' is not a usable Compute: it {1}; declare 'public TResult Compute()' (an instance method, no parameters, not generic, returning a value)",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Compute must be a public, non-generic instance method without parameters that returns the value by value.",
        helpLinkUri: HelpLink(DiagnosticIds.IllTypedCompute));

    /// <summary>MET015.</summary>
    public static readonly DiagnosticDescriptor IllTypedMerge = new(
        DiagnosticIds.IllTypedMerge,
        "Merge function is ill-typed",
        "'{0}' is not a usable merge: it {1}; declare 'static {2} Merge({2} a, {2} b)' (the generator emits the instance Merge)",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A user merge combines two whole states: static, non-generic, two by-value (or 'in') arguments of the metric type, returning the metric type.",
        helpLinkUri: HelpLink(DiagnosticIds.IllTypedMerge));

    /// <summary>MET016.</summary>
    public static readonly DiagnosticDescriptor FieldWithoutMerge = new(
        DiagnosticIds.FieldWithoutMerge,
        "State field has no merge",
        "State field '{0}' has no [Sum], [Min], [Max] or [Append], and the metric declares no 'static {1} Merge({1} a, {1} b)'; nothing is generated",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Every state field declares how it merges, or the metric declares a merge function for the whole state.",
        helpLinkUri: HelpLink(DiagnosticIds.FieldWithoutMerge));

    /// <summary>MET017.</summary>
    public static readonly DiagnosticDescriptor FieldTypeNotMergeable = new(
        DiagnosticIds.FieldTypeNotMergeable,
        "State field type is not supported by its merge",
        "State field '{0}' of type '{1}' cannot be merged by {2}: {3}; nothing is generated",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "[Sum] takes double, long or SumArray; [Min] and [Max] take double; [Append] takes SampleBuffer (no user Merge); fields merged by a user Merge take double or long; a field has one merge attribute.",
        helpLinkUri: HelpLink(DiagnosticIds.FieldTypeNotMergeable));

    /// <summary>MET018.</summary>
    public static readonly DiagnosticDescriptor ReadOnlyField = new(
        DiagnosticIds.ReadOnlyField,
        "State field must not be readonly",
        "State field '{0}' is readonly, but the generated updates, Merge and Reset assign it; nothing is generated",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "State fields are accumulated in place by the generated code.",
        helpLinkUri: HelpLink(DiagnosticIds.ReadOnlyField));

    /// <summary>MET019.</summary>
    public static readonly DiagnosticDescriptor InvalidSizedBy = new(
        DiagnosticIds.InvalidSizedBy,
        "State field has no valid size",
        "State field '{0}' has no valid size: {1}; nothing is generated",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A [Sum] SumArray's length is the product of the int (or ParameterArray) parameters or int properties its [SizedBy] names, so that it can be allocated on the first update and merged cell by cell; [SizedBy] on any other field is a mistake.",
        helpLinkUri: HelpLink(DiagnosticIds.InvalidSizedBy));

    /// <summary>MET020.</summary>
    public static readonly DiagnosticDescriptor NoStateFields = new(
        DiagnosticIds.NoStateFields,
        "Metric has no state fields",
        "Metric '{0}' declares no state field; nothing is generated",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The state is the metric's instance fields ([Sum], [Min], [Max], or merged by a user Merge).",
        helpLinkUri: HelpLink(DiagnosticIds.NoStateFields));

    /// <summary>MET021.</summary>
    public static readonly DiagnosticDescriptor MutableParameter = new(
        DiagnosticIds.MutableParameter,
        "Parameter must be init-only",
        "Parameter '{0}' must be an instance property '{{ get; init; }}': it {1}; nothing is generated",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Parameters are fixed when the metric is created, validated once, compared by Merge and never reset.",
        helpLinkUri: HelpLink(DiagnosticIds.MutableParameter));

    /// <summary>MET022.</summary>
    public static readonly DiagnosticDescriptor ImpureAssignment = new(
        DiagnosticIds.ImpureAssignment,
        "Metric function assigns outside its own locals",
        "'{0}' must be pure, but it writes {1}",
        Purity,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Update, Merge and Compute are pure: the generated loops call them in any order, on copies, per lane and per shard. They may only assign their own locals and the result they build.",
        helpLinkUri: HelpLink(DiagnosticIds.ImpureAssignment));

    /// <summary>MET023.</summary>
    public static readonly DiagnosticDescriptor ImpureCall = new(
        DiagnosticIds.ImpureCall,
        "Metric function calls an impure API",
        "'{0}' must be pure, but it uses '{1}' ({2})",
        Purity,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Update, Merge and Compute are pure: no console, I/O, network or processes, no randomness, no clock, no environment, no threads or tasks.",
        helpLinkUri: HelpLink(DiagnosticIds.ImpureCall));

    /// <summary>MET024.</summary>
    public static readonly DiagnosticDescriptor NotVectorizable = new(
        DiagnosticIds.NotVectorizable,
        "Update is not vectorizable",
        "'{0}' cannot be lifted to SIMD lanes because {1}; its batches use the scalar loop",
        Performance,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The SIMD path needs a pair or value update over double (or int label) inputs, or generic over T (INumber, bound to float and double: arithmetic on T, T.Zero/One/Abs/Min/Max/Clamp, T.Create* and double.Create* conversions; float overloads round each result on T to float, exactly), a state of double fields merged by [Sum], [Min] or [Max], and a body of single-variable locals and one 'return new() { Field = ... }' built from + - * /, comparisons, && || ! ^, ?: (a select), (double) casts, Math.Abs/Sqrt/Min/Max/FusedMultiplyAdd/Ceiling/Floor, double.IsNaN, calls to static helpers declared in the compilation with such bodies (inlined, generic ones over the same T too), Math.Log/Exp and SpecialFunctions.Log1P where the value is only summed, branches on bool parameters (one arm per batch), constants, arguments and parameters. A histogram update ('return new() { Counts = SumArray.At(index) }') takes the histogram kernel; its cell index follows the same rules, with (int) casts, and branches on parameters whose other arm has no lane-wise form become conditions checked once per batch.",
        helpLinkUri: HelpLink(DiagnosticIds.NotVectorizable));

    /// <summary>MET025.</summary>
    public static readonly DiagnosticDescriptor MergeDifferentParameters = new(
        DiagnosticIds.MergeDifferentParameters,
        "Merged metrics have different parameters",
        "'{0}' merges two '{1}' metrics whose parameters differ ({2}); Merge throws ArgumentException",
        Usage,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Merge combines the states of two metrics with the same parameters; merging different thresholds, classes or options is meaningless and throws.",
        helpLinkUri: HelpLink(DiagnosticIds.MergeDifferentParameters));

    /// <summary>MET026.</summary>
    public static readonly DiagnosticDescriptor MergeDifferentTypes = new(
        DiagnosticIds.MergeDifferentTypes,
        "Merged metrics have different types",
        "'{0}' merges a metric of type '{1}' into one of type '{2}'; the conversion fails at run time",
        Usage,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Merge combines two states of the same metric type.",
        helpLinkUri: HelpLink(DiagnosticIds.MergeDifferentTypes));

    /// <summary>MET027.</summary>
    public static readonly DiagnosticDescriptor DiscardedResult = new(
        DiagnosticIds.DiscardedResult,
        "Result of a pure metric method is discarded",
        "The result of '{0}' is discarded; the call changes nothing, so it has no effect",
        Usage,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Compute, Merge, Empty, Copy and HasSameParameters return a new value and leave the metric unchanged (unlike Update and Reset, which update it in place).",
        helpLinkUri: HelpLink(DiagnosticIds.DiscardedResult));

    /// <summary>MET028.</summary>
    public static readonly DiagnosticDescriptor ReservedMemberName = new(
        DiagnosticIds.ReservedMemberName,
        "Member name is reserved by the generator",
        "'{0}' has the name of a member the generator emits into metric '{1}'; rename it, or nothing is generated",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generated part declares Reset, Empty, Copy, HasSameParameters, ToString, MetricName, FromArguments and private helpers (UpdateValues, StoreState, Accumulate, ValueOperator...), which no user member of any kind may be named; and the Update overloads and Merge, which only the user's update functions and merge (methods) may be named.",
        helpLinkUri: HelpLink(DiagnosticIds.ReservedMemberName));

    /// <summary>MET029.</summary>
    public static readonly DiagnosticDescriptor InvalidRowConstraint = new(
        DiagnosticIds.InvalidRowConstraint,
        "Invalid [OneHot], [Probability] or [RowLength]",
        "{0} on '{1}' is invalid: {2}; nothing is generated for the metric",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "[OneHot] and [Probability] mark the label row of a (label row, prediction row) update; [RowLength(AtLeast/EqualTo = ...)] constrains the prediction row of a row update by an int parameter, [RowLength(Above = ...)] by an int? parameter when it has a value.",
        helpLinkUri: HelpLink(DiagnosticIds.InvalidRowConstraint));

    /// <summary>MET030.</summary>
    public static readonly DiagnosticDescriptor OverloadClash = new(
        DiagnosticIds.OverloadClash,
        "Generated Update overloads clash",
        "Update function '{0}' does not get the batch overload {1}: {2} has the same parameter types, so a call with these arguments binds to it",
        Declaration,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "C# cannot hold two Update overloads with the same parameter types. When two update functions of a metric are lifted to batch overloads with the same types (a value update's (values, weights) and a pair update's (labels, predictions); a row update's and a row-pair update's (labels, predictions, columns) with int labels), or an overload repeats an update function's own signature, the generator keeps the first and leaves the other out.",
        helpLinkUri: HelpLink(DiagnosticIds.OverloadClash));

    /// <summary>MET031.</summary>
    public static readonly DiagnosticDescriptor MutableParameterType = new(
        DiagnosticIds.MutableParameterType,
        "Parameter type must be an immutable value",
        "Parameter '{0}' has type '{1}', which is not an immutable value: {2}; nothing is generated",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Parameters are validated once and compared by Merge, so they must be values that cannot change afterwards and compare by value: numbers, bool, char, string, enums, ParameterArray<T> of those, a readonly struct implementing IEquatable of itself, or a nullable of those.",
        helpLinkUri: HelpLink(DiagnosticIds.MutableParameterType));

    /// <summary>MET032.</summary>
    public static readonly DiagnosticDescriptor EmptyParameterRange = new(
        DiagnosticIds.EmptyParameterRange,
        "Parameter range admits no value",
        "Parameter '{0}' is declared in the range {1}, which admits no value, so every construction would throw",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The Min and Max of a [Parameter] bound the values its validation accepts. A minimum above the maximum, equal bounds with one of them exclusive, a NaN bound, or an integer parameter with no integer between its bounds leave nothing valid.",
        helpLinkUri: HelpLink(DiagnosticIds.EmptyParameterRange));

    /// <summary>MET033.</summary>
    public static readonly DiagnosticDescriptor SizingParameterWith = new(
        DiagnosticIds.SizingParameterWith,
        "'with' changes a parameter that sizes the state",
        "'{0}' sizes the state array {1}: 'with' keeps the array sized for the old value, so the next Update, Merge or interface Compute throws and Compute() reads the wrong cells; create the metric with the new value, or call Empty() before 'with'",
        Usage,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A with-expression copies the state. When it changes a parameter that a [SizedBy] state array depends on, the copied array no longer matches the parameters: the generated members reject such a state with an InvalidOperationException, and the metric's own Compute() would read cells of the old layout. A fresh metric (new T(...) with, Empty() with, Reset() with) has no array yet and is not reported.",
        helpLinkUri: HelpLink(DiagnosticIds.SizingParameterWith));

    /// <summary>MET034.</summary>
    public static readonly DiagnosticDescriptor ParameterWithoutConfigForm = new(
        DiagnosticIds.ParameterWithoutConfigForm,
        "Parameter type has no configuration form",
        "Parameter '{0}' has type '{1}', which has no configuration form: the metric works, but GetConfig, the registry's Serialize and state serialization throw NotSupportedException; {2}",
        Declaration,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A metric's configuration (GetConfig, FromConfig, MetricRegistry.Serialize) and its serialized state hold each parameter as a JSON-compatible value: int, long, float and double (and their nullables and ParameterArray<T>), bool, enums, and types implementing Metrics.IConfigValue<T> (such as CurveThresholds). A parameter of another immutable type (string, char, decimal, a nullable enum, a readonly struct) is generated and validated as usual, but configuring or serializing the metric throws NotSupportedException naming it.",
        helpLinkUri: HelpLink(DiagnosticIds.ParameterWithoutConfigForm));

    /// <summary>MET035.</summary>
    public static readonly DiagnosticDescriptor StatisticsNotAMetric = new(
        DiagnosticIds.StatisticsNotAMetric,
        "[Statistics] field's type cannot hold the metric's state",
        "[Statistics] field '{0}' has type '{1}', which is not {2}; nothing is generated",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A derived metric's state is another metric's: the type of its [Statistics] field must be a [Metric] partial record struct declared in the same project (the generator reads its update functions from source), with its own state (not derived itself), and not the derived metric itself.",
        helpLinkUri: HelpLink(DiagnosticIds.StatisticsNotAMetric));

    /// <summary>MET036.</summary>
    public static readonly DiagnosticDescriptor UnmappedStatisticsParameter = new(
        DiagnosticIds.UnmappedStatisticsParameter,
        "Statistics parameter has no value in the derived metric",
        "Parameter '{0}' of '{1}' has no parameter of the same name and type '{2}' in '{3}'; declare it, or declare 'public readonly {1} StatisticsTemplate()' to map the parameters; nothing is generated",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator makes a derived metric's statistics with each of their parameters set to the derived metric's parameter of the same name and type. A parameter that maps otherwise (another name, a value computed from several parameters) needs a user-declared StatisticsTemplate() returning the statistics metric, which the generator then calls instead.",
        helpLinkUri: HelpLink(DiagnosticIds.UnmappedStatisticsParameter));

    /// <summary>MET037.</summary>
    public static readonly DiagnosticDescriptor DerivedMetricDeclaresState = new(
        DiagnosticIds.DerivedMetricDeclaresState,
        "Derived metric declares its own update, merge or state",
        "Derived metric '{0}' declares {1}, but its state is the statistics in '{2}', which the generated code updates and merges; remove it; nothing is generated",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A metric with a [Statistics] field declares only parameters, the [Statistics] field and Compute: its Update overloads forward to the statistics metric, its Merge merges the statistics, and it has no other state. An Update or Merge function, another state field, a second [Statistics] field or a readonly one cannot be honoured.",
        helpLinkUri: HelpLink(DiagnosticIds.DerivedMetricDeclaresState));

    /// <summary>MET038: a function metric declares its own state, update, merge or Compute.</summary>
    public static readonly DiagnosticDescriptor FunctionMetricDeclaresState = new(
        DiagnosticIds.FunctionMetricDeclaresState,
        "Function metric declares its own state, update, merge or Compute",
        "Function metric '{0}' declares {1}, but the generator declares the state, update and Compute of a [MeanOf] function's mean; remove it; nothing is generated",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A metric with a [MeanOf] function declares only parameters and that function: the generator declares the two summed fields (named by the attribute's Sum and Count), the update function and Compute, the mean. A state field, an Update, Merge or Compute function, a [Statistics] field or a member named like a generated field cannot be honoured.",
        helpLinkUri: HelpLink(DiagnosticIds.FunctionMetricDeclaresState));

    /// <summary>MET039: a [MeanOf] function is not a static function returning a double in a metric.</summary>
    public static readonly DiagnosticDescriptor InvalidMeanOfFunction = new(
        DiagnosticIds.InvalidMeanOfFunction,
        "[MeanOf] function is not a static double function of a metric",
        "[MeanOf] function '{0}' cannot be a function metric's function: {1}; nothing is generated",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A [MeanOf] function is a static method of a [Metric] type that returns a double, takes its inputs by value or 'in' (as an update function does), has at most one type parameter, and is not named Update, Merge or Compute, which the generator declares.",
        helpLinkUri: HelpLink(DiagnosticIds.InvalidMeanOfFunction));

    /// <summary>MET040: a metric declares more than one [MeanOf] function.</summary>
    public static readonly DiagnosticDescriptor SeveralMeanOfFunctions = new(
        DiagnosticIds.SeveralMeanOfFunctions,
        "Metric declares more than one [MeanOf] function",
        "Metric '{0}' declares a second [MeanOf] function '{1}'; a function metric is the mean of one function; nothing is generated",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A function metric's state is the sum and count of one function's values. Declare each function in a metric of its own, or write one function that combines them.",
        helpLinkUri: HelpLink(DiagnosticIds.SeveralMeanOfFunctions));

    /// <summary>MET041: a per-column metric is declared in a form the generator cannot honour.</summary>
    public static readonly DiagnosticDescriptor InvalidCellsMetric = new(
        DiagnosticIds.InvalidCellsMetric,
        "Per-column metric cannot be generated",
        "Per-column metric '{0}' cannot be generated: {1}; nothing is generated",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A metric with a [Cells] field declares only parameters, one non-readonly [Cells] field of type MetricCells<TCell> whose TCell is a [Metric] struct, Compute, and optionally its own static FromArguments. Each parameter of the cell metric needs a parameter of the same name and type, and [Cells(nameof(P))] names an int parameter. An Update or Merge function, another state field or a [Statistics] field cannot be honoured: the cells are updated and merged by the cell metric's own members.",
        helpLinkUri: HelpLink(DiagnosticIds.InvalidCellsMetric));

    /// <summary>MET042: a [SharedKeys] field the generator cannot feed.</summary>
    public static readonly DiagnosticDescriptor InvalidSharedKeysField = new(
        DiagnosticIds.InvalidSharedKeysField,
        "Batch-wide operand cannot be generated",
        "[SharedKeys] field '{0}' cannot be fed: {1}; nothing is generated",
        Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A [SharedKeys] field is the one [Statistics] field of a derived metric, and its type, a row metric, implements IScoredRowsMetric<itself>: the generated overloads score each query against the shared keys and hand the score row to that metric's row update.",
        helpLinkUri: HelpLink(DiagnosticIds.InvalidSharedKeysField));

    /// <summary>The help link of a diagnostic ID.</summary>
    /// <param name="id">The diagnostic ID.</param>
    public static string HelpLink(string id) => HelpLinkBase + "/" + id + ".md";
}
