using Metrics.Generators.Emitting;
using Metrics.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Metrics.Generators;

/// <summary>
/// The Metrics.Dsl incremental generator: for every <c>[Metric]</c> partial record struct it emits the batch
/// update overloads, the operator structs that plug into the shared kernel loop, and the lifecycle members.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class MetricGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var models = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.MetricAttribute,
                static (node, _) => node is RecordDeclarationSyntax,
                static (ctx, ct) => MetricParser.Parse(ctx, ct))
            .WithTrackingName(TrackingNames.MetricModels)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.SupportedMetrics);

        context.RegisterSourceOutput(models, static (spc, model) =>
            spc.AddSource(model.HintName, SourceText.From(MetricEmitter.Emit(model, spc.CancellationToken), System.Text.Encoding.UTF8)));
    }
}
