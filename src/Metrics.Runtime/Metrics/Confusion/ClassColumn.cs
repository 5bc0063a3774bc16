using System.Globalization;

namespace Metrics;

/// <summary>
/// Keras' <c>class_id</c> on score rows: with a class id only that column of each (label row, score row) pair counts;
/// without one every element of the row counts, as Keras flattens the inputs.
/// </summary>
internal static class ClassColumn
{
    /// <summary>The columns that count, [start, end): the class column, or the whole row.</summary>
    public static (int Start, int End) Range(int? classId, int columns) => classId is { } column ? (column, column + 1) : (0, columns);

    /// <summary>Throws when a class id is set but the inputs are (label, score) elements, which have no columns.</summary>
    /// <param name="classId">The metric's class id.</param>
    public static void RejectForElements(int? classId)
    {
        if (classId is { } column)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"ClassId = {column} selects a column of score rows, but the inputs are (label, score) elements, which have no columns; pass label and score rows (e.g. Update(labels, scores, columns)) or leave ClassId null."),
                "ClassId");
        }
    }
}
