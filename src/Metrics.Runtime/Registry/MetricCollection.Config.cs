namespace Metrics;

/// <summary>A collection's configuration: its members' names and metric configurations, in order.</summary>
public sealed partial class MetricCollection
{
    /// <summary>The collection's configuration: every member's name and its metric's configuration, in order.</summary>
    /// <returns>The configuration, from which <see cref="FromConfig"/> recreates the collection (with empty states).</returns>
    /// <exception cref="NotSupportedException">A member's parameter has no configuration form.</exception>
    public CollectionConfig GetConfig()
    {
        var members = new List<KeyValuePair<string, MetricConfig>>(_members.Count);
        foreach (var (name, member) in _members)
        {
            members.Add(new(name, member.Snapshot().GetConfig()));
        }

        return new CollectionConfig(members);
    }

    /// <summary>
    /// Creates a collection from a configuration: each member in order, under its name, created by
    /// <see cref="MetricRegistry.Deserialize"/> and added as <see cref="Add(string, IMetricInstance)"/> adds it (so
    /// members that declare the same statistics with the same parameters share one state).
    /// </summary>
    /// <param name="config">The configuration (e.g. <c>CollectionConfig.FromJson(File.ReadAllText(path))</c>).</param>
    /// <returns>The collection, with empty states.</returns>
    /// <remarks>
    /// In a version 1 configuration (a file without <c>"version"</c>, written before Keras' names meant Keras'
    /// metrics) a member naming <c>accuracy</c>, <c>precision</c>, <c>recall</c> or <c>f1_score</c> that leaves out a
    /// parameter whose default changed (<c>threshold</c>, <c>zero_division</c>) is refused, naming both meanings: it
    /// could mean either; one that leaves out <c>keras_shapes</c> (added later) gets flax-metrics' rule, as it meant.
    /// Configurations this library writes give every parameter, so they read back unchanged.
    /// </remarks>
    /// <exception cref="ArgumentException">A member's metric is unknown, its parameters are invalid, or (version 1) its meaning changed (the message names the member).</exception>
    public static MetricCollection FromConfig(CollectionConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var collection = new MetricCollection();
        foreach (var (name, member) in config.Members)
        {
            IMetricInstance metric;
            try
            {
                if (config.Version < 2 && MetricRegistry.AmbiguousInFirstFormat(member) is { } ambiguity)
                {
                    throw new ArgumentException(ambiguity, nameof(config));
                }

                metric = MetricRegistry.Deserialize(config.Version < 2 ? MetricRegistry.InFirstFormat(member) : member);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"Member '{name}': {e.Message}", nameof(config), e);
            }

            collection.Add(name, metric);
        }

        return collection;
    }
}
