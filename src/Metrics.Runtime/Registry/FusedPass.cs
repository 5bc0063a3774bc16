using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Metrics;

/// <summary>
/// Several states of a collection accumulated by one kernel pass over a batch (see <see cref="FusionPlan"/>).
/// </summary>
internal abstract class FusedPass
{
    /// <summary>The states the pass updates.</summary>
    public abstract IReadOnlyList<StatisticsState> States { get; }

    /// <summary>
    /// Accumulates the batch into every state of the pass with the vector kernel, or returns <see langword="false"/>
    /// leaving every state unchanged: the batch is not 1-D, its lengths differ, a label is not a whole number, it is
    /// shorter than one vector, or a lane check flagged it. The states then take their own updates, whose guards
    /// report what is wrong.
    /// </summary>
    /// <param name="batch">The batch.</param>
    /// <param name="undoable">Whether to keep the previous states for <see cref="StatisticsState.Undo"/>.</param>
    public abstract bool TryUpdate(in MetricBatch batch, bool undoable);
}

/// <summary>A fused pass with its operator type.</summary>
/// <typeparam name="TLabel">The label type the members take (<see cref="double"/> or <see cref="int"/>).</typeparam>
/// <typeparam name="TOperator">The fused operator.</typeparam>
internal sealed class FusedPass<TLabel, TOperator>(OperatorBinder<TOperator> binder, LaneChecks checks, StatisticsState[] states) : FusedPass
    where TOperator : struct, IWeightedPairOperator<TLabel, double, double>,
        IVectorOperator<TOperator, Vector512<double>>, IVectorOperator<TOperator, Vector256<double>>, IVectorOperator<TOperator, Vector128<double>>
{
    public override IReadOnlyList<StatisticsState> States => states;

    public override bool TryUpdate(in MetricBatch batch, bool undoable)
    {
        var length = batch.Predictions.Length;
        if (batch.Columns != 0 || batch.Labels.Length != length
            || (batch.HasMask && batch.Mask.Length != length) || (batch.HasWeights && batch.Weights.Length != length))
        {
            return false;
        }

        TLabel[]? rented = null;
        try
        {
            ReadOnlySpan<TLabel> labels;
            if (typeof(TLabel) == typeof(double))
            {
                labels = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<double, TLabel>(ref MemoryMarshal.GetReference(batch.Labels)), length);
            }
            else
            {
                try
                {
                    BatchConversion.Convert(batch.Labels, ref rented, "labels", batch.Mask, batch.HasMask, 1);
                }
                catch (ArgumentException)
                {
                    return false;
                }

                labels = rented.AsSpan(0, length);
            }

            var op = binder.Load();
            if (!MetricKernel.VectorizedPairs<TLabel, double, double, TOperator>(
                ref op, labels, batch.Predictions, batch.HasMask ? batch.Mask : default, batch.HasWeights ? batch.Weights : default, checks))
            {
                return false;
            }

            binder.Store(op, undoable);
            return true;
        }
        finally
        {
            BatchConversion.Return(rented);
        }
    }
}
