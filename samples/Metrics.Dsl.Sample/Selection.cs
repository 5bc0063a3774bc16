using System;

namespace Metrics.Dsl.Sample;

// Row selection used to build masks and the "indexed" subsets that masked updates are checked against.
internal static class Selection
{
    public static bool[] Fold(int[] folds, int fold) => Array.ConvertAll(folds, f => f == fold);

    public static int Count(bool[] keep) => Array.FindAll(keep, k => k).Length;

    public static T[] Where<T>(T[] values, bool[] keep)
    {
        var result = new T[Count(keep)];
        for (int i = 0, j = 0; i < values.Length; i++)
        {
            if (keep[i])
            {
                result[j++] = values[i];
            }
        }

        return result;
    }

    public static T[,] Where<T>(T[,] rows, bool[] keep)
    {
        var columns = rows.GetLength(1);
        var result = new T[Count(keep), columns];
        for (int i = 0, j = 0; i < rows.GetLength(0); i++)
        {
            if (!keep[i])
            {
                continue;
            }

            for (var c = 0; c < columns; c++)
            {
                result[j, c] = rows[i, c];
            }

            j++;
        }

        return result;
    }
}
