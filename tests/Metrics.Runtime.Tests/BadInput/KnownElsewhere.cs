using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Metrics.Runtime.Tests.BadInput;

/// <summary>
/// Matrix failures that other branches of issue 12 fix (h12-gen-params: default instances, parameter rules, sizes;
/// h12-registry: collections, coercions; h12-numeric: numeric range, ExactAuc capacity). Each entry must still fail
/// here, so the list cannot rot: after merging a fix, the matrix reports the entry as fixed and it is deleted. The lead
/// empties this list.
/// </summary>
internal static class KnownElsewhere
{
    private const string Sizes = "h12-gen-params (issue 12 §6): checked size arithmetic, an ArgumentOutOfRangeException naming the parameter and the limit before allocating";
    private const string EmptyList = "h12-registry (issue 12 §5): an empty list given by name silently becomes the declared default";

    /// <summary>Failure id (<c>path/Metric/case</c>) → the branch and issue item that fixes it.</summary>
    public static IReadOnlyDictionary<string, string> Cases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // ArgumentOutOfRangeException does not name NumThresholds: The element at index 0 falls in cell 429496730 of a state array of 0 cells; its update must g
        ["parameters/Auc/NumThresholds = 2147483647"] = Sizes,
        // OverflowException escaped: Arithmetic operation resulted in an overflow.
        ["parameters/BalancedAccuracy/NumClasses = 2147483647"] = Sizes,
        // OverflowException escaped: Arithmetic operation resulted in an overflow.
        ["parameters/BalancedAccuracy/NumClasses = 50000"] = Sizes,
        // accepted
        ["parameters/BinaryIoU/TargetClassIds = []"] = EmptyList,
        // OverflowException escaped: Arithmetic operation resulted in an overflow.
        ["parameters/CohenKappa/NumClasses = 2147483647"] = Sizes,
        // OverflowException escaped: Arithmetic operation resulted in an overflow.
        ["parameters/CohenKappa/NumClasses = 50000"] = Sizes,
        // OverflowException escaped: Arithmetic operation resulted in an overflow.
        ["parameters/ConfusionMatrix/NumClasses = 2147483647"] = Sizes,
        // OverflowException escaped: Arithmetic operation resulted in an overflow.
        ["parameters/ConfusionMatrix/NumClasses = 50000"] = Sizes,
        // ArgumentException does not name NumClasses: The rows have 3 columns but NumClasses = 2147483647 requires 2147483647. (Parameter 'predictions')
        ["parameters/FBetaScore/NumClasses = 2147483647"] = Sizes,
        // ArgumentException does not name NumClasses: The rows have 3 columns but NumClasses = 50000 requires 50000. (Parameter 'predictions')
        ["parameters/FBetaScore/NumClasses = 50000"] = Sizes,
        // accepted
        ["parameters/FalseNegatives/Thresholds = []"] = EmptyList,
        // accepted
        ["parameters/FalsePositives/Thresholds = []"] = EmptyList,
        // OverflowException escaped: Arithmetic operation resulted in an overflow.
        ["parameters/IoU/NumClasses = 2147483647"] = Sizes,
        // OverflowException escaped: Arithmetic operation resulted in an overflow.
        ["parameters/IoU/NumClasses = 50000"] = Sizes,
        // OverflowException escaped: Arithmetic operation resulted in an overflow.
        ["parameters/MatthewsCorrelation/NumClasses = 2147483647"] = Sizes,
        // OverflowException escaped: Arithmetic operation resulted in an overflow.
        ["parameters/MatthewsCorrelation/NumClasses = 50000"] = Sizes,
        // OverflowException escaped: Arithmetic operation resulted in an overflow.
        ["parameters/MeanIoU/NumClasses = 2147483647"] = Sizes,
        // OverflowException escaped: Arithmetic operation resulted in an overflow.
        ["parameters/MeanIoU/NumClasses = 50000"] = Sizes,
        // ArgumentException does not name NumLabels: The rows have 3 columns but NumLabels = 2147483647 requires 2147483647. (Parameter 'predictions')
        ["parameters/MultiLabelBinnedAuc/NumLabels = 2147483647"] = Sizes,
        // ArgumentOutOfRangeException does not name NumThresholds: The cell index must lie in [0, 0) for this state array. (Parameter 'index')
        ["parameters/MultiLabelBinnedAuc/NumThresholds = 2147483647"] = Sizes,
        // ArgumentException does not name NumLabels: The rows have 3 columns but NumLabels = 2147483647 requires 2147483647. (Parameter 'predictions')
        ["parameters/MultiLabelFBetaScore/NumLabels = 2147483647"] = Sizes,
        // ArgumentException does not name NumClasses: The rows have 3 columns but NumClasses = 2147483647 requires 2147483647. (Parameter 'predictions')
        ["parameters/MulticlassPrecision/NumClasses = 2147483647"] = Sizes,
        // ArgumentException does not name NumClasses: The rows have 3 columns but NumClasses = 50000 requires 50000. (Parameter 'predictions')
        ["parameters/MulticlassPrecision/NumClasses = 50000"] = Sizes,
        // ArgumentException does not name NumClasses: The rows have 3 columns but NumClasses = 2147483647 requires 2147483647. (Parameter 'predictions')
        ["parameters/MulticlassRecall/NumClasses = 2147483647"] = Sizes,
        // ArgumentException does not name NumClasses: The rows have 3 columns but NumClasses = 50000 requires 50000. (Parameter 'predictions')
        ["parameters/MulticlassRecall/NumClasses = 50000"] = Sizes,
        // ArgumentException does not name NumClasses: The rows have 3 columns but NumClasses = 2147483647 requires 2147483647. (Parameter 'predictions')
        ["parameters/OneHotIoU/NumClasses = 2147483647"] = Sizes,
        // ArgumentException does not name NumClasses: The rows have 3 columns but NumClasses = 50000 requires 50000. (Parameter 'predictions')
        ["parameters/OneHotIoU/NumClasses = 50000"] = Sizes,
        // ArgumentException does not name NumClasses: The rows have 3 columns but NumClasses = 2147483647 requires 2147483647. (Parameter 'predictions')
        ["parameters/OneHotMeanIoU/NumClasses = 2147483647"] = Sizes,
        // ArgumentException does not name NumClasses: The rows have 3 columns but NumClasses = 50000 requires 50000. (Parameter 'predictions')
        ["parameters/OneHotMeanIoU/NumClasses = 50000"] = Sizes,
        // ArgumentOutOfRangeException does not name NumThresholds: The element at index 0 falls in cell 429496730 of a state array of 0 cells; its update
        ["parameters/PrecisionAtRecall/NumThresholds = 2147483647"] = Sizes,
        // accepted
        ["parameters/PrecisionAtThresholds/Thresholds = []"] = EmptyList,
        // ArgumentOutOfRangeException does not name NumThresholds: The element at index 0 falls in cell 429496730 of a state array of 0 cells; its update
        ["parameters/RecallAtPrecision/NumThresholds = 2147483647"] = Sizes,
        // accepted
        ["parameters/RecallAtThresholds/Thresholds = []"] = EmptyList,
        // ArgumentOutOfRangeException does not name NumThresholds: The element at index 0 falls in cell 429496730 of a state array of 0 cells; its
        ["parameters/SensitivityAtSpecificity/NumThresholds = 2147483647"] = Sizes,
        // ArgumentOutOfRangeException does not name NumThresholds: The element at index 0 falls in cell 429496730 of a state array of 0 cells; its
        ["parameters/SpecificityAtSensitivity/NumThresholds = 2147483647"] = Sizes,
        // accepted
        ["parameters/TrueNegatives/Thresholds = []"] = EmptyList,
        // accepted
        ["parameters/TruePositives/Thresholds = []"] = EmptyList,
    };

    /// <summary>
    /// Asserts that the failures under <paramref name="prefix"/> are exactly the known ones: a new failure fails the
    /// test, and so does a known one that no longer fails.
    /// </summary>
    public static void AssertMatches(string prefix, IReadOnlyDictionary<string, string> failures)
    {
        var found = failures.ToDictionary(f => $"{prefix}/{f.Key}", f => f.Value, StringComparer.Ordinal);
        var unexpected = found.Where(f => !Cases.ContainsKey(f.Key)).Select(f => $"{f.Key}: {f.Value}").ToList();
        var fixedNow = Cases.Keys.Where(k => k.StartsWith(prefix + "/", StringComparison.Ordinal) && !found.ContainsKey(k)).ToList();
        Assert.True(
            unexpected.Count == 0 && fixedNow.Count == 0,
            (unexpected.Count == 0 ? string.Empty : "SPEC §7 broken:\n  " + string.Join("\n  ", unexpected) + "\n")
            + (fixedNow.Count == 0 ? string.Empty : "Fixed now, delete from KnownElsewhere:\n  " + string.Join("\n  ", fixedNow)));
    }
}
