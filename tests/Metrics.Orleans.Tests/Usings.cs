global using Xunit;

// Every test class starts a cluster of its own; on a 2-core machine they run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
