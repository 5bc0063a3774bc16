namespace Metrics.Generators.Emitting;

/// <summary>
/// Writes <c>Reset</c>, <c>Empty</c>, <c>Copy</c> and <c>ResetState</c> of a metric whose whole state is one field of
/// another kind (a derived metric's statistics, a per-column metric's cells), so every such metric has the same
/// lifecycle members.
/// </summary>
internal static class LifecycleEmitter
{
    /// <summary>Writes the members.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="model">The metric.</param>
    /// <param name="field">The state field's identifier.</param>
    /// <param name="emptyState">The expression of an empty state.</param>
    /// <param name="copyDocumentation">What <c>Copy</c> copies, for its summary.</param>
    public static void Emit(IndentedWriter w, MetricModel model, string field, string emptyState, string copyDocumentation)
    {
        var type = model.FullyQualifiedName;
        w.WriteLine("/// <summary>Clears the state in place, keeping the parameters, and returns the metric.</summary>");
        w.OpenBlock($"public {type} Reset()");
        w.WriteLine("ResetState();");
        w.WriteLine("return this;");
        w.CloseBlock();
        w.WriteLine();

        w.WriteLine("/// <summary>Returns a metric with the same parameters and an empty state; this one is unchanged.</summary>");
        w.OpenBlock($"public readonly {type} Empty()");
        w.WriteLine("var empty = this;");
        w.WriteLine("empty.ResetState();");
        w.WriteLine("return empty;");
        w.CloseBlock();
        w.WriteLine();

        w.WriteLine($"/// <summary>Returns a deep copy, with {copyDocumentation}.</summary>");
        w.OpenBlock($"public readonly {type} Copy()");
        w.WriteLine("var copy = this;");
        w.WriteLine($"copy.{field} = this.{field}.Copy();");
        w.WriteLine("return copy;");
        w.CloseBlock();
        w.WriteLine();

        w.OpenBlock("private void ResetState()");
        w.WriteLine($"this.{field} = {emptyState};");
        w.CloseBlock();
        w.WriteLine();
    }
}
