using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Metrics.Orleans.Sample;

/// <summary>Writes the shipped breast-cancer predictions as one Parquet file per cross-validation fold.</summary>
internal static class ParquetShards
{
    /// <summary>The label column of the shards.</summary>
    public const string Labels = "label";

    /// <summary>The prediction column of the shards.</summary>
    public const string Predictions = "probability";

    /// <summary>
    /// Splits <paramref name="csvPath"/> (columns <c>label,probability,fold</c>) by fold into
    /// <c>fold-0.parquet</c>, <c>fold-1.parquet</c>, ... in <paramref name="folder"/>, rows in file order.
    /// </summary>
    /// <param name="csvPath">The predictions.</param>
    /// <param name="folder">Where the shards go.</param>
    /// <returns>The files written, by fold.</returns>
    /// <exception cref="InvalidDataException">A row is not three numbers, or the header is not the expected one.</exception>
    public static async Task<string[]> WriteByFoldAsync(string csvPath, string folder)
    {
        var folds = new SortedDictionary<int, (List<double> Labels, List<double> Scores)>();
        using (var reader = new StreamReader(csvPath))
        {
            var header = await reader.ReadLineAsync().ConfigureAwait(false);
            if (header != "label,probability,fold")
            {
                throw new InvalidDataException($"'{csvPath}': the header is '{header}', not 'label,probability,fold'.");
            }

            var row = 1;
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                row++;
                var cells = line.Split(',');
                if (cells.Length != 3
                    || !double.TryParse(cells[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var label)
                    || !double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var score)
                    || !int.TryParse(cells[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var fold))
                {
                    throw new InvalidDataException($"'{csvPath}', row {row}: '{line}' is not a label, a probability and a fold.");
                }

                if (!folds.TryGetValue(fold, out var part))
                {
                    folds[fold] = part = ([], []);
                }

                part.Labels.Add(label);
                part.Scores.Add(score);
            }
        }

        Directory.CreateDirectory(folder);
        var labels = new DataField<double>(Labels);
        var scores = new DataField<double>(Predictions);
        var paths = new List<string>();
        foreach (var (fold, part) in folds)
        {
            var path = Path.Combine(folder, $"fold-{fold}.parquet");
            var stream = File.Create(path);
            await using (stream.ConfigureAwait(false))
            {
                var writer = await ParquetWriter.CreateAsync(new ParquetSchema(labels, scores), stream).ConfigureAwait(false);
                await using (writer.ConfigureAwait(false))
                {
                    using var rowGroup = writer.CreateRowGroup();
                    await rowGroup.WriteAsync<double>(labels, part.Labels.ToArray()).ConfigureAwait(false);
                    await rowGroup.WriteAsync<double>(scores, part.Scores.ToArray()).ConfigureAwait(false);
                }
            }

            paths.Add(path);
        }

        return [.. paths];
    }
}
