using Metrics.Generators.Emitting;
using Metrics.Generators.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace Metrics.Generators;

/// <summary>
/// The Metrics.Dsl incremental generator: for every <c>[Metric]</c> partial record struct it emits the batch
/// update overloads, the operator structs that plug into the shared kernel loop, and the lifecycle members. For a
/// declaration it does not support it emits at most the constructor the declaration needs to compile, or reports the
/// form diagnostics the compiler would otherwise hide (see <c>Analyzers/DeclarationForm</c>).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class MetricGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Every type kind, not only record structs: a plain struct with initializers needs the skeleton's constructor too.
        var declarations = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.MetricAttribute,
                static (node, _) => node is TypeDeclarationSyntax,
                static (ctx, ct) => DeclarationParser.Parse(ctx, ct))
            .WithTrackingName(TrackingNames.MetricModels);

        var models = declarations
            .Select(static (declaration, _) => declaration.Model)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!);

        // A derived metric takes its statistics metric's model from every model, so that editing the statistics metric
        // regenerates it; the others come out of this step equal to what went in, and stay cached downstream.
        var resolved = models
            .Combine(models.Collect())
            .Select(static (pair, _) => DerivedResolver.Resolve(pair.Left, pair.Right))
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.SupportedMetrics);

        context.RegisterSourceOutput(resolved, static (spc, model) =>
            spc.AddSource(model.HintName, SourceText.From(MetricEmitter.Emit(model, spc.CancellationToken), System.Text.Encoding.UTF8)));

        var skeletons = declarations
            .Select(static (declaration, _) => declaration.Skeleton)
            .Where(static skeleton => skeleton is not null)
            .Select(static (skeleton, _) => skeleton!);

        context.RegisterSourceOutput(skeletons, static (spc, skeleton) =>
            spc.AddSource(skeleton.HintName, SourceText.From(SkeletonEmitter.Emit(skeleton), System.Text.Encoding.UTF8)));

        var diagnostics = declarations
            .Select(static (declaration, _) => declaration.Diagnostics)
            .Where(static diagnostics => diagnostics.Count > 0);

        context.RegisterSourceOutput(diagnostics, static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }
}
