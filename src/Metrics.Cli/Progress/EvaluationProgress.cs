using System.Threading.Tasks;
using Spectre.Console;

namespace Metrics.Cli.Progress;

/// <summary>
/// Runs an evaluation on a worker thread and, on an interactive terminal whose output is not redirected, shows a
/// progress bar (rows, rows/s, ETA) once it has taken more than half a second; otherwise it shows nothing, so that
/// redirected output holds only the report.
/// </summary>
internal static class EvaluationProgress
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs <paramref name="work"/>, rethrowing its exception as it was thrown.</summary>
    public static T Run<T>(CliContext context, RowCounter counter, long? estimatedRows, Func<T> work)
    {
        if (!context.ShowProgress)
        {
            return work();
        }

        var running = Task.Run(work);
        if (!Finished(running, Delay))
        {
            context.Console.Progress()
                .AutoClear(true)
                .HideCompleted(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RowsPerSecondColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask("reading", maxValue: Math.Max(1, estimatedRows ?? 1));
                    task.IsIndeterminate = estimatedRows is null;
                    while (!Finished(running, Refresh))
                    {
                        var rows = counter.Rows;
                        task.MaxValue = Math.Max(task.MaxValue, rows + 1);
                        task.Value = rows;
                        task.Description = Markup.Escape(System.IO.Path.GetFileName(counter.File));
                    }

                    task.Value = task.MaxValue;
                });
        }

        return running.GetAwaiter().GetResult();
    }

    // Waits without throwing: a failed evaluation's exception is rethrown as it was, by GetResult above.
    private static bool Finished(Task task, TimeSpan timeout) => ((IAsyncResult)task).AsyncWaitHandle.WaitOne(timeout);
}
