using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Metrics.Cli.Progress;

/// <summary>A progress column showing the rows read and the rows per second.</summary>
internal sealed class RowsPerSecondColumn : ProgressColumn
{
    /// <inheritdoc/>
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        var rows = task.Value.ToString("N0", CultureInfo.InvariantCulture);
        var speed = task.Speed is { } s ? s.ToString("N0", CultureInfo.InvariantCulture) : "…";
        return new Text($"{rows} rows, {speed}/s");
    }
}
