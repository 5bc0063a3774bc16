using System;
using System.IO;
using System.Linq;
using Metrics.Serialization.Worker;

// The other process of the cross-process tests. Every catalog entry, in catalog order:
//   shard <index> <dir>        evaluates batches [0, 3) of the shard and writes <name>.shard<index>.bin
//   merge <count> <dir>        reads shards 0..count-1 written by other processes, merges them in shard order and
//                              writes <name>.merged.bin and its value, <name>.merged.txt
//   checkpoint <dir>           evaluates batches [0, 3) of shard 0 and writes <name>.checkpoint.bin
//   resume <dir>               reads the checkpoint, evaluates batches [3, 6) and writes <name>.resumed.bin/.txt
// Every collection of the collection catalog (files named collection.<name>.*):
//   collection-shard <index> <dir>   writes the configuration file, builds the collection from it, evaluates batches
//                                    [0, 3) of the shard and writes shard<index>.bin
//   collection-merge <count> <dir>   reads and merges shards 0..count-1, writes merged.bin and the values, merged.txt
//   collection-checkpoint <dir>      writes the configuration file, builds the collection from it, evaluates batches
//                                    [0, 3) of shard 0 and writes checkpoint.bin
//   collection-resume <dir>          reads the checkpoint, evaluates batches [3, 6), writes resumed.bin and resumed.txt
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: [collection-]shard <index> <dir> | [collection-]merge <count> <dir> | [collection-]checkpoint <dir> | [collection-]resume <dir>");
    return 2;
}

var dir = args[^1];
if (args[0].StartsWith("collection-", StringComparison.Ordinal))
{
    return CollectionCommand.Run(args[0], args, dir);
}

foreach (var entry in Catalog.All)
{
    string PathOf(string suffix) => Path.Combine(dir, $"{entry.Name}.{suffix}");
    switch (args[0])
    {
        case "shard":
            File.WriteAllBytes(PathOf($"shard{args[1]}.bin"), entry.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), 0, 3, null));
            break;
        case "merge":
            var count = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
            var merged = entry.Merge(Enumerable.Range(0, count).Select(i => File.ReadAllBytes(PathOf($"shard{i}.bin"))).ToList());
            File.WriteAllBytes(PathOf("merged.bin"), merged);
            File.WriteAllText(PathOf("merged.txt"), entry.Value(merged));
            break;
        case "checkpoint":
            File.WriteAllBytes(PathOf("checkpoint.bin"), entry.Run(0, 0, 3, null));
            break;
        case "resume":
            using (var checkpoint = File.OpenRead(PathOf("checkpoint.bin")))
            {
                var resumed = entry.Run(0, 3, 6, checkpoint);
                File.WriteAllBytes(PathOf("resumed.bin"), resumed);
                File.WriteAllText(PathOf("resumed.txt"), entry.Value(resumed));
            }

            break;
        default:
            Console.Error.WriteLine($"unknown command '{args[0]}'");
            return 2;
    }
}

return 0;
