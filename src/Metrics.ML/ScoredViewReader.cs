using System.Collections.Generic;
using System.Linq;
using Microsoft.ML;

namespace Metrics.ML;

/// <summary>
/// Reads a scored view through one row cursor into reusable chunk buffers, so memory does not grow with the view.
/// The columns are resolved and type-checked before the first row is read.
/// </summary>
internal static class ScoredViewReader
{
    public static long Read(IDataView data, ScoredColumns columns, int chunkRows, ScoredBatchAction action)
    {
        var label = Find(data.Schema, columns.Label, "label");
        var prediction = Find(data.Schema, columns.PredictionColumn, columns.Task == ScoredTask.Binary ? $"{columns.BinaryPrediction} (prediction)" : "score");
        var weight = columns.Weight is null ? (DataViewSchema.Column?)null : Find(data.Schema, columns.Weight, "weight");
        var wanted = new List<DataViewSchema.Column> { label, prediction };
        if (weight is { } w)
        {
            wanted.Add(w);
        }

        using var cursor = data.GetRowCursor(wanted.Distinct());
        var labels = columns.Task switch
        {
            ScoredTask.Binary => ScoredColumnReader.Scalar(cursor, label, "label", allowBoolean: true, allowNumber: false),
            ScoredTask.Multiclass => ScoredColumnReader.Key(cursor, label, "label"),
            _ => ScoredColumnReader.Scalar(cursor, label, "label", allowBoolean: false, allowNumber: true),
        };
        var predictions = columns.Task switch
        {
            ScoredTask.Binary when columns.BinaryPrediction == BinaryPrediction.PredictedLabel =>
                ScoredColumnReader.Scalar(cursor, prediction, "PredictedLabel (prediction)", allowBoolean: true, allowNumber: false),
            ScoredTask.Binary => ScoredColumnReader.Scalar(cursor, prediction, $"{columns.BinaryPrediction} (prediction)", allowBoolean: false, allowNumber: true),
            ScoredTask.Multiclass => ScoredColumnReader.Vector(cursor, prediction, "score"),
            _ => ScoredColumnReader.Scalar(cursor, prediction, "score", allowBoolean: false, allowNumber: true),
        };
        var weights = weight is { } wc ? ScoredColumnReader.Scalar(cursor, wc, "weight", allowBoolean: false, allowNumber: true) : null;

        var width = predictions.Width;
        var batchColumns = columns.Task == ScoredTask.Multiclass ? width : 0;
        var labelBuffer = new double[chunkRows];
        var predictionBuffer = new double[chunkRows * width];
        var maskBuffer = new bool[chunkRows];
        var weightBuffer = weights is null ? [] : new double[chunkRows];

        long firstRow = 0;
        var rows = 0;
        var masked = false;
        while (cursor.MoveNext())
        {
            var present = labels.Read(labelBuffer.AsSpan(rows, 1));
            predictions.Read(predictionBuffer.AsSpan(rows * width, width));
            weights?.Read(weightBuffer.AsSpan(rows, 1));
            maskBuffer[rows] = present;
            masked |= !present;
            if (++rows == chunkRows)
            {
                Flush(rows);
                firstRow += rows;
                rows = 0;
                masked = false;
            }
        }

        if (rows > 0)
        {
            Flush(rows);
        }

        return firstRow + rows;

        void Flush(int count)
        {
            var batch = new MetricBatch(labelBuffer.AsSpan(0, count), predictionBuffer.AsSpan(0, count * width), batchColumns);
            if (masked)
            {
                batch = batch.WithMask(maskBuffer.AsSpan(0, count));
            }

            if (weights is not null)
            {
                batch = batch.WithWeights(weightBuffer.AsSpan(0, count));
            }

            action(batch, firstRow);
        }
    }

    private static DataViewSchema.Column Find(DataViewSchema schema, string name, string role)
    {
        var column = schema.GetColumnOrNull(name);
        if (column is { IsHidden: false } found)
        {
            return found;
        }

        var available = string.Join(", ", schema.Where(c => !c.IsHidden).Select(c => $"'{c.Name}' ({c.Type})"));
        throw new ArgumentException($"The scored view has no {role} column '{name}'; its columns: {available}.", "data");
    }
}
