using System.Linq;

namespace Metrics;

/// <summary>
/// Creates metrics by string identifier, as Keras's <c>keras.metrics.get</c>: every metric by its class name and
/// its snake_case name (<c>"MeanSquaredError"</c>, <c>"mean_squared_error"</c>), Keras's aliases (<c>"mse"</c>,
/// <c>"MSE"</c>, <c>"mae"</c>, <c>"acc"</c>, ...), with parameters by name. Matching ignores case and separators,
/// so every Keras spelling resolves. Custom metrics register themselves with <see cref="Register{TMetric, TResult}"/>.
/// </summary>
public static class MetricRegistry
{
    // Serializes registrations. Lookups never take it: they read the published table, which is never changed after
    // publication, so a slow or hostile lookup cannot delay another thread's lookup or registration.
    private static readonly object Gate = new();
    private static volatile RegistryTable Table = RegistryTable.Empty;

    static MetricRegistry()
    {
        BuiltInMetrics.RegisterAll();
    }

    /// <summary>The identifiers that resolve (class names, snake_case names and aliases), sorted.</summary>
    public static IReadOnlyList<string> Identifiers => Table.Identifiers;

    /// <summary>
    /// Registers a metric under its type name, its snake_case name, its <c>MetricName</c> and
    /// <paramref name="aliases"/>. Registering the same metric again adds aliases.
    /// </summary>
    /// <typeparam name="TMetric">The metric type.</typeparam>
    /// <typeparam name="TResult">The type of its value.</typeparam>
    /// <param name="aliases">More identifiers, e.g. <c>"mse"</c>.</param>
    /// <exception cref="ArgumentException">An identifier already names another metric.</exception>
    public static void Register<TMetric, TResult>(params string[] aliases)
        where TMetric : struct, IMetric<TMetric, TResult>, IRegistrableMetric<TMetric>, IPersistentMetric<TMetric>
    {
        ArgumentNullException.ThrowIfNull(aliases);
        var name = typeof(TMetric).Name;
        var spellings = new[] { name, SnakeCase(name), TMetric.MetricName }.Concat(aliases).Distinct().ToArray();
        RegisterSpellings<TMetric, TResult>(NoPresets, null, spellings);
    }

    /// <summary>
    /// Registers exactly <paramref name="spellings"/> for a metric whose defaults under these names are
    /// <paramref name="presets"/> (arguments given explicitly override them): one type can then stand behind two
    /// tables, Keras' <c>"precision"</c> (threshold 0.5) and flax-metrics' <c>"flax_precision"</c> (threshold 0).
    /// </summary>
    /// <param name="presets">The defaults under these names, by snake_case parameter name.</param>
    /// <param name="formerName">
    /// For names whose meaning changed in collection configuration version 2, the name that now carries the former
    /// meaning (<c>"flax_precision"</c>); null for names that are new or unchanged.
    /// </param>
    /// <param name="spellings">The names.</param>
    internal static void RegisterSpellings<TMetric, TResult>(IReadOnlyDictionary<string, object?> presets, string? formerName, params string[] spellings)
        where TMetric : struct, IMetric<TMetric, TResult>, IRegistrableMetric<TMetric>, IPersistentMetric<TMetric>
    {
        Add(new Entry(
            typeof(TMetric),
            spellings,
            arguments => TMetric.FromArguments(arguments),
            arguments => new MetricInstance<TMetric, TResult>(TMetric.FromArguments(arguments)),
            null,
            MetricTypeHandle<TMetric, TResult>.Instance) { Presets = presets, FormerName = formerName });
    }

    /// <summary>
    /// Registers a metric whose inputs a <see cref="MetricBatch"/> cannot carry (the dot-product ranking metrics take
    /// queries, keys and candidate indices): its identifiers resolve, and <see cref="Create{TMetric}"/> makes it by name;
    /// the untyped <see cref="Create(string, IReadOnlyDictionary{string, object?})"/> explains that.
    /// </summary>
    /// <typeparam name="TMetric">The metric type.</typeparam>
    /// <param name="factory">Creates the metric from parameter values by name, validating them.</param>
    /// <param name="inputs">What the metric's updates take, for the message of the untyped path.</param>
    /// <param name="aliases">More identifiers.</param>
    /// <exception cref="ArgumentException">An identifier already names another metric.</exception>
    public static void Register<TMetric>(Func<IReadOnlyDictionary<string, object?>, TMetric> factory, string inputs, params string[] aliases)
        where TMetric : struct, IMetric<TMetric>
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(aliases);
        var name = typeof(TMetric).Name;
        var spellings = new[] { name, SnakeCase(name), TMetric.MetricName }.Concat(aliases).Distinct().ToArray();
        Add(new Entry(typeof(TMetric), spellings, arguments => factory(arguments), null, inputs, null));
    }

    private static void Add(Entry entry)
    {
        var spellings = entry.Spellings;
        foreach (var spelling in spellings)
        {
            ArgumentNullException.ThrowIfNull(spelling, "aliases");
            if (MetricArguments.Normalize(spelling).Length == 0)
            {
                throw new ArgumentException(
                    $"The alias '{SuggestionSearch.Echo(spelling)}' has no letter or digit, so it would name nothing (matching ignores case and separators).",
                    "aliases");
            }
        }

        lock (Gate)
        {
            var entries = new Dictionary<string, Entry>(Table.Entries, StringComparer.Ordinal);
            foreach (var spelling in spellings)
            {
                var key = MetricArguments.Normalize(spelling);
                if (entries.TryGetValue(key, out var existing) && !existing.SameMetric(entry))
                {
                    throw new ArgumentException(
                        $"'{spelling}' already names {existing.Describe()}; it cannot also name {entry.Describe()}.",
                        "aliases");
                }
            }

            foreach (var spelling in spellings)
            {
                var key = MetricArguments.Normalize(spelling);
                entries[key] = entries.TryGetValue(key, out var existing)
                    ? existing with { Spellings = existing.Spellings.Union(spellings).ToArray() }
                    : entry;
            }

            Table = new RegistryTable(entries);
        }
    }

    /// <summary>Creates a metric with its default parameters.</summary>
    /// <param name="identifier">A class name, snake_case name or alias.</param>
    /// <exception cref="ArgumentException">No metric has that identifier (the message lists close matches), or the metric has required parameters.</exception>
    public static IMetricInstance Create(string identifier) => Create(identifier, new Dictionary<string, object?>());

    /// <summary>Creates a metric with parameters by name (<c>{ ["threshold"] = 0.5 }</c>).</summary>
    /// <param name="identifier">A class name, snake_case name or alias.</param>
    /// <param name="arguments">Parameter values by name, in any spelling.</param>
    /// <exception cref="ArgumentException">No metric has that identifier (the message lists close matches), or an argument is invalid.</exception>
    public static IMetricInstance Create(string identifier, IReadOnlyDictionary<string, object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        ArgumentNullException.ThrowIfNull(arguments);
        var entry = Find(identifier);
        return entry.CreateInstance is { } create
            ? create(entry.WithPresets(arguments))
            : throw new ArgumentException(
                $"'{SuggestionSearch.Echo(identifier)}' names {entry.Type.Name}, which takes {entry.Inputs}, not a MetricBatch; create it with MetricRegistry.Create<{entry.Type.Name}>(\"{SuggestionSearch.Echo(identifier)}\", arguments).",
                nameof(identifier));
    }

    /// <summary>
    /// Creates a metric of a known type by identifier, with parameters by name: every registered metric, including
    /// those whose inputs a <see cref="MetricBatch"/> cannot carry (<c>Create&lt;DotProductNDCG&gt;("dot_product_ndcg", ...)</c>).
    /// </summary>
    /// <typeparam name="TMetric">The metric type the identifier must name.</typeparam>
    /// <param name="identifier">A class name, snake_case name or alias.</param>
    /// <param name="arguments">Parameter values by name, in any spelling; null for the defaults.</param>
    /// <exception cref="ArgumentException">No metric has that identifier, it names another type, or an argument is invalid.</exception>
    public static TMetric Create<TMetric>(string identifier, IReadOnlyDictionary<string, object?>? arguments = null)
        where TMetric : struct, IMetric<TMetric>
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var entry = Find(identifier);
        return entry.Type == typeof(TMetric)
            ? (TMetric)entry.CreateMetric(entry.WithPresets(arguments ?? new Dictionary<string, object?>()))
            : throw new ArgumentException($"'{SuggestionSearch.Echo(identifier)}' names {entry.Type.Name}, not {typeof(TMetric).Name}.", nameof(identifier));
    }

    /// <summary>
    /// Keras' <c>serialize</c>: the configuration of a metric held by reference (its registry name and parameters),
    /// from which <see cref="Deserialize"/> recreates it.
    /// </summary>
    /// <param name="metric">The metric.</param>
    /// <returns>Its configuration.</returns>
    /// <exception cref="NotSupportedException">A parameter's type has no configuration form.</exception>
    public static MetricConfig Serialize(IMetricInstance metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.GetConfig();
    }

    /// <summary>Keras' <c>serialize</c> for a typed metric: its configuration.</summary>
    /// <typeparam name="TMetric">The metric type.</typeparam>
    /// <param name="metric">The metric.</param>
    /// <returns>Its configuration.</returns>
    /// <exception cref="NotSupportedException">A parameter's type has no configuration form.</exception>
    public static MetricConfig Serialize<TMetric>(in TMetric metric)
        where TMetric : struct, IPersistentMetric<TMetric> => MetricConfig.Of(metric);

    /// <summary>
    /// Keras' <c>deserialize</c>: creates the metric a configuration names (by any registered identifier), with its
    /// parameters and an empty state, validating them as the constructor does.
    /// </summary>
    /// <param name="config">The configuration.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="ArgumentException">No metric has the configuration's name (the message lists close matches), a parameter is unknown or invalid, or the metric's inputs do not fit a <see cref="MetricBatch"/>.</exception>
    public static IMetricInstance Deserialize(MetricConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var entry = Table.Entries.TryGetValue(MetricArguments.Normalize(config.Name), out var found)
            ? found
            : throw new ArgumentException(SuggestionSearch.UnknownMessage(config.Name, Table.Identifiers), nameof(config));
        return entry.CreateInstance is { } create
            ? create(entry.WithPresets(config.Arguments))
            : throw new ArgumentException(
                $"The configuration names {entry.Type.Name}, which takes {entry.Inputs}, not a MetricBatch; create it with {entry.Type.Name}.FromConfig(config).",
                nameof(config));
    }

    /// <summary>
    /// Keras' <c>get</c>: the metric an identifier stands for. A <see cref="string"/> is a registry identifier
    /// (<c>"mse"</c>, default parameters) or a JSON configuration (text starting with <c>{</c>); a
    /// <see cref="MetricConfig"/> or a JSON object is deserialized; an <see cref="IMetricInstance"/> is returned as it is.
    /// </summary>
    /// <param name="identifier">A name, a configuration (object or JSON) or a metric.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identifier"/> is null.</exception>
    /// <exception cref="ArgumentException">The identifier names no metric, its configuration is invalid, or it is of another kind.</exception>
    /// <exception cref="System.Text.Json.JsonException">A JSON identifier is not a configuration.</exception>
    public static IMetricInstance Get(object identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return identifier switch
        {
            IMetricInstance metric => metric,
            MetricConfig config => Deserialize(config),
            System.Text.Json.JsonElement json => Deserialize(MetricConfig.FromJson(json)),
            string text when text.AsSpan().TrimStart().StartsWith('{') => Deserialize(MetricConfig.FromJson(text)),
            string name => Create(name),
            _ => throw new ArgumentException(
                $"Could not interpret metric identifier of type {identifier.GetType().FullName}: expected a name, a MetricConfig, a JSON configuration or an IMetricInstance.",
                nameof(identifier)),
        };
    }

    /// <summary>Whether <paramref name="identifier"/> names a registered metric.</summary>
    /// <param name="identifier">A class name, snake_case name or alias.</param>
    public static bool Contains(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return Table.Entries.ContainsKey(MetricArguments.Normalize(identifier));
    }

    /// <summary>Keras's <c>to_snake_case</c>: <c>"MeanIoU"</c> → <c>"mean_io_u"</c>, <c>"F1Score"</c> → <c>"f1_score"</c>.</summary>
    /// <param name="name">A PascalCase name.</param>
    public static string SnakeCase(string name) => ConfigValues.SnakeCase(name);

    // The entry an identifier names, or the exception listing close matches (computed without any lock, bounded).
    private static Entry Find(string identifier)
    {
        var table = Table;
        return table.Entries.TryGetValue(MetricArguments.Normalize(identifier), out var entry)
            ? entry
            : throw new ArgumentException(SuggestionSearch.UnknownMessage(identifier, table.Identifiers), nameof(identifier));
    }

    /// <summary>
    /// Calls <paramref name="visitor"/> with the type of the metric <paramref name="identifier"/> names, so that code
    /// holding only a name (a serialized state's header, a configuration file) can work with the typed metric.
    /// </summary>
    /// <typeparam name="TOut">What the visit returns.</typeparam>
    /// <param name="identifier">A registered name (any spelling).</param>
    /// <param name="visitor">The visitor.</param>
    /// <returns>The visitor's result.</returns>
    /// <exception cref="ArgumentException">No metric has that name, or it takes other inputs than a <see cref="MetricBatch"/>.</exception>
    public static TOut VisitType<TOut>(string identifier, IMetricTypeVisitor<TOut> visitor)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        ArgumentNullException.ThrowIfNull(visitor);
        var entry = Find(identifier);
        return entry.Handle is { } handle
            ? handle.Accept(visitor)
            : throw new ArgumentException(
                $"'{SuggestionSearch.Echo(identifier)}' names {entry.Type.Name}, which takes {entry.Inputs}, not a MetricBatch; use its type directly.",
                nameof(identifier));
    }

    /// <summary>
    /// Why a configuration of the first collection-configuration format (before Keras' names meant Keras' metrics)
    /// cannot be read: it names an identifier whose defaults changed (<c>"precision"</c>) and leaves out a parameter
    /// that changed, so its meaning is ambiguous. Null when the configuration means the same in both formats.
    /// </summary>
    /// <param name="config">A member's configuration.</param>
    internal static string? AmbiguousInFirstFormat(MetricConfig config)
    {
        var table = Table;
        if (!table.Entries.TryGetValue(MetricArguments.Normalize(config.Name), out var entry) || entry.FormerName is not { } formerName)
        {
            return null;
        }

        var given = config.Arguments.Keys.Select(MetricArguments.Normalize).ToHashSet(StringComparer.Ordinal);
        // keras_shapes is newer than version 2 itself: no version 1 file could give it, so it is never what makes a
        // member ambiguous; InFirstFormat gives it the former meaning's value.
        var missing = entry.Presets.Keys
            .Where(k => k != BuiltInMetrics.KerasShapesKey && !given.Contains(MetricArguments.Normalize(k)))
            .ToArray();
        if (missing.Length == 0)
        {
            return null;
        }

        var presets = string.Join(", ", entry.Presets.Select(p => $"{p.Key}={ShowValue(p.Value)}"));
        return $"'{SuggestionSearch.Echo(config.Name)}' leaves out {string.Join(", ", missing)}, whose default changed in collection configuration version 2: "
            + $"version 1 (a file without \"version\") meant {entry.Type.Name} with its own defaults, now named '{formerName}'; "
            + $"version 2 means Keras' metric ({presets}). Write '{formerName}' to keep the former meaning, or add \"version\": 2 to the file for Keras'.";
    }

    /// <summary>
    /// A version 1 member as it was meant: a parameter added after version 1 that the file leaves out takes the former
    /// meaning's value (<c>keras_shapes</c> false, flax-metrics' rule for <c>"accuracy"</c>).
    /// </summary>
    /// <param name="config">A member's configuration, read from a version 1 file.</param>
    internal static MetricConfig InFirstFormat(MetricConfig config)
    {
        var key = MetricArguments.Normalize(BuiltInMetrics.KerasShapesKey);
        if (!Table.Entries.TryGetValue(MetricArguments.Normalize(config.Name), out var entry)
            || entry.FormerName is null
            || !entry.Presets.ContainsKey(BuiltInMetrics.KerasShapesKey)
            || config.Arguments.Keys.Any(k => MetricArguments.Normalize(k) == key))
        {
            return config;
        }

        return new MetricConfig(config.Name, config.Arguments.Append(new(BuiltInMetrics.KerasShapesKey, false)));
    }

    private static string ShowValue(object? value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null";

    /// <summary>The presets of an identifier that keeps its type's own defaults.</summary>
    private static readonly IReadOnlyDictionary<string, object?> NoPresets = new Dictionary<string, object?>();

    /// <summary>One registered metric.</summary>
    /// <param name="Type">The metric type.</param>
    /// <param name="Spellings">Every identifier that names it.</param>
    /// <param name="CreateMetric">Creates the (boxed) metric from arguments.</param>
    /// <param name="CreateInstance">Creates the untyped instance, or null when a MetricBatch cannot carry the inputs.</param>
    /// <param name="Inputs">For metrics without an instance, what their updates take.</param>
    /// <param name="Handle">The metric's types for <see cref="VisitType{TOut}"/>, or null without an instance.</param>
    internal sealed record Entry(
        Type Type,
        string[] Spellings,
        Func<IReadOnlyDictionary<string, object?>, object> CreateMetric,
        Func<IReadOnlyDictionary<string, object?>, IMetricInstance>? CreateInstance,
        string? Inputs,
        MetricTypeHandle? Handle)
    {
        /// <summary>
        /// The defaults this entry's identifiers give parameters left out (Keras' threshold 0.5 for <c>"precision"</c>),
        /// by snake_case name; empty for the type's own defaults.
        /// </summary>
        public IReadOnlyDictionary<string, object?> Presets { get; init; } = NoPresets;

        /// <summary>For names whose meaning changed in collection configuration version 2, the name of the former meaning; else null.</summary>
        public string? FormerName { get; init; }

        /// <summary>Whether <paramref name="other"/> is the same type with the same presets (so its spellings merge into this one).</summary>
        public bool SameMetric(Entry other) =>
            Type == other.Type
            && Presets.Count == other.Presets.Count
            && Presets.All(p => other.Presets.TryGetValue(p.Key, out var value) && ConfigValues.Equal(p.Value, value));

        /// <summary>The type, and its presets if any, for messages.</summary>
        public string Describe() =>
            Presets.Count == 0
                ? Type.FullName ?? Type.Name
                : $"{Type.FullName} ({string.Join(", ", Presets.Select(p => $"{p.Key}={ShowValue(p.Value)}"))})";

        /// <summary>The arguments with this entry's presets added for every parameter they leave out (in any spelling).</summary>
        public IReadOnlyDictionary<string, object?> WithPresets(IReadOnlyDictionary<string, object?> arguments)
        {
            if (Presets.Count == 0)
            {
                return arguments;
            }

            var given = arguments.Keys.Select(MetricArguments.Normalize).ToHashSet(StringComparer.Ordinal);
            var merged = new Dictionary<string, object?>(arguments.Count + Presets.Count, StringComparer.Ordinal);
            foreach (var (key, value) in arguments)
            {
                merged[key] = value;
            }

            foreach (var (key, value) in Presets)
            {
                if (!given.Contains(MetricArguments.Normalize(key)))
                {
                    merged[key] = value;
                }
            }

            return merged;
        }
    }
}
