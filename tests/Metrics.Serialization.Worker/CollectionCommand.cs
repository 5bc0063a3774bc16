using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Metrics.Serialization.Worker;

/// <summary>The worker's collection commands (see Program.cs), for every entry of <see cref="CollectionCatalog"/>.</summary>
public static class CollectionCommand
{
    /// <summary>Runs a collection command.</summary>
    /// <param name="command">The command.</param>
    /// <param name="args">The command line.</param>
    /// <param name="dir">The directory of the files.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string command, string[] args, string dir)
    {
        foreach (var entry in CollectionCatalog.All)
        {
            string PathOf(string suffix) => Path.Combine(dir, $"collection.{entry.Name}.{suffix}");
            switch (command)
            {
                case "collection-shard":
                    var shard = int.Parse(args[1], CultureInfo.InvariantCulture);
                    File.WriteAllBytes(PathOf($"shard{shard}.bin"), FromFile(entry, PathOf("config.json"), shard, 3));
                    break;
                case "collection-merge":
                    var count = int.Parse(args[1], CultureInfo.InvariantCulture);
                    var merged = CollectionEntry.Merge(Enumerable.Range(0, count).Select(i => File.ReadAllBytes(PathOf($"shard{i}.bin"))).ToList());
                    File.WriteAllBytes(PathOf("merged.bin"), merged);
                    File.WriteAllText(PathOf("merged.txt"), CollectionEntry.Values(merged));
                    break;
                case "collection-checkpoint":
                    File.WriteAllBytes(PathOf("checkpoint.bin"), FromFile(entry, PathOf("config.json"), 0, 3));
                    break;
                case "collection-resume":
                    using (var checkpoint = File.OpenRead(PathOf("checkpoint.bin")))
                    {
                        var resumed = entry.Run(0, 3, 6, checkpoint);
                        File.WriteAllBytes(PathOf("resumed.bin"), resumed);
                        File.WriteAllText(PathOf("resumed.txt"), CollectionEntry.Values(resumed));
                    }

                    break;
                default:
                    Console.Error.WriteLine($"unknown command '{command}'");
                    return 2;
            }
        }

        return 0;
    }

    // The collection comes from a configuration file, as an evaluation driven by one would build it.
    private static byte[] FromFile(CollectionEntry entry, string configPath, int shard, int endBatch)
    {
        File.WriteAllText(configPath, entry.ConfigJson);
        var collection = MetricCollection.FromConfig(CollectionConfig.FromJson(File.ReadAllText(configPath)));
        for (var batch = 0; batch < endBatch; batch++)
        {
            entry.Feed(collection, shard, batch);
        }

        return MetricCollectionState.ToBytes(collection);
    }
}
