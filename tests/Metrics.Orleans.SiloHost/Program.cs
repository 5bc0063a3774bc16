using System;
using System.Globalization;
using System.IO;
using System.Net;
using Metrics.Orleans.Evaluation;
using Metrics.Orleans.SiloHost;
using Metrics.Orleans.Tests;
using Metrics.Orleans.Tests.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Storage;

// One silo on localhost, as its own OS process: development clustering (the silo at the primary port holds the
// membership), evaluation state in files under a folder every silo shares (a stand-in for a database that outlives any
// silo), and the tests' generated rows. Prints "ready" on stdout once started; runs until killed or stdin closes.
// Arguments: SILO_PORT GATEWAY_PORT PRIMARY_PORT STORAGE_FOLDER
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: Metrics.Orleans.SiloHost SILO_PORT GATEWAY_PORT PRIMARY_PORT STORAGE_FOLDER");
    return 2;
}

var (siloPort, gatewayPort, primaryPort) = (Port(args[0]), Port(args[1]), Port(args[2]));
var storageFolder = Directory.Exists(args[3]) ? args[3] : throw new DirectoryNotFoundException($"The storage folder '{args[3]}' does not exist.");

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
builder.UseOrleans(silo =>
{
    silo.UseLocalhostClustering(siloPort, gatewayPort, new IPEndPoint(IPAddress.Loopback, primaryPort), serviceId: ProcessSilo.ServiceId, clusterId: ProcessSilo.ClusterId);
    silo.UseFastFailureDetection();
    // Fast detection probes every 0.3 s; three silos and a test sharing 2 busy cores miss such probes, and a silo voted
    // dead stops. Probes of 2 s still find the killed silo within seconds (its connections are refused at once).
    silo.Configure<ClusterMembershipOptions>(options => (options.ProbeTimeout, options.NumMissedProbesLimit) = (TimeSpan.FromSeconds(2), 3));
    silo.AddMetricsEvaluation();
    silo.Services.AddKeyedSingleton<IGrainStorage>(
        new EvaluationOptions().StorageName, (services, _) => ActivatorUtilities.CreateInstance<FileGrainStorage>(services, storageFolder));
    silo.Services.AddKeyedSingleton<IShardSource, GeneratedRows>(GeneratedRows.Name);
});
using var host = builder.Build();
await host.StartAsync();
Console.WriteLine($"ready {siloPort}");

// The test ends a silo by killing it; a closed stdin (the test process gone) ends it too.
await Console.In.ReadToEndAsync();
await host.StopAsync();
return 0;

static int Port(string text) =>
    int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
        ? port
        : throw new ArgumentException($"'{text}' is not a TCP port.", nameof(text));
