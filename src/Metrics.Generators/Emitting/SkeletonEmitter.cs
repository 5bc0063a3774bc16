namespace Metrics.Generators.Emitting;

/// <summary>
/// Writes the part of a <c>[Metric]</c> struct the generator does not support: the parameterless constructor its
/// initializers require, and nothing else, so that the compiler reports the analyzers' diagnostics instead of stopping
/// at CS8983 ("a 'struct' with field initializers must include an explicitly declared constructor").
/// </summary>
internal static class SkeletonEmitter
{
    public static string Emit(MetricSkeleton skeleton)
    {
        var w = new IndentedWriter();
        TypeFrame.Open(w, skeleton.Namespace, skeleton.ContainingTypes);

        w.WriteLine($"[global::System.CodeDom.Compiler.GeneratedCodeAttribute(\"{MetricEmitter.GeneratorName}\", \"{MetricEmitter.GeneratorVersion}\")]");
        w.OpenBlock($"{skeleton.Modifiers}partial {skeleton.Keyword} {skeleton.TypeName}");
        w.WriteLine("/// <summary>Runs the initializers. The metric's declaration has errors (see its diagnostics), so nothing else is generated.</summary>");
        w.OpenBlock($"public {skeleton.ConstructorName}()");
        w.CloseBlock();
        w.CloseBlock();
        TypeFrame.Close(w, skeleton.Namespace, skeleton.ContainingTypes);
        return w.ToString();
    }
}
