using System;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Metrics.Orleans.Tests.Cluster;

/// <summary>
/// Failure detection for a cluster of silos in one test process: a stopped or killed silo is declared dead in about a
/// second instead of Orleans' production defaults (probes time out after 5 s, three missed, two votes), which made
/// the killed-silo test wait tens of seconds for the cluster to notice.
/// </summary>
internal static class FastFailureDetection
{
    /// <summary>Shortens the silo's probes and membership table refresh.</summary>
    public static ISiloBuilder UseFastFailureDetection(this ISiloBuilder siloBuilder) =>
        siloBuilder.Configure<ClusterMembershipOptions>(options =>
        {
            options.ProbeTimeout = TimeSpan.FromMilliseconds(300);
            options.MinProbeTimeout = TimeSpan.FromMilliseconds(300);
            options.NumMissedProbesLimit = 2;
            options.NumVotesForDeathDeclaration = 1;
            options.TableRefreshTimeout = TimeSpan.FromSeconds(1);
            options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(2);
            options.ExtendProbeTimeoutDuringDegradation = false;
        });
}
