namespace Metrics.Orleans.SiloHost;

/// <summary>The cluster's names, which the test's client uses too.</summary>
internal static class ProcessSilo
{
    /// <summary>The Orleans service id.</summary>
    public const string ServiceId = "metrics-process-test";

    /// <summary>The Orleans cluster id.</summary>
    public const string ClusterId = "localhost";
}
