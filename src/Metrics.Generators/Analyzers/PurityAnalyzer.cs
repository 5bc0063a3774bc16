using Microsoft.CodeAnalysis.Operations;

namespace Metrics.Generators.Analyzers;

/// <summary>
/// Update, Merge and Compute of a metric are pure: they assign only their own locals and the value they build
/// (MET022) and call no impure API (MET023, the list is in <see cref="ImpureApis"/>). Only the bodies of these
/// functions are checked; helpers they call are not followed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PurityAnalyzer : MetricAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public PurityAnalyzer()
        : base(
            DiagnosticDescriptors.ImpureAssignment,
            DiagnosticDescriptors.ImpureCall)
    {
    }

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterOperationBlockStartAction(start =>
        {
            if (start.OwningSymbol is not IMethodSymbol method || !MetricSymbols.IsDslFunction(method))
            {
                return;
            }

            start.RegisterOperationAction(
                c => AnalyzeWrite(c, method, ((IAssignmentOperation)c.Operation).Target),
                OperationKind.SimpleAssignment,
                OperationKind.CompoundAssignment,
                OperationKind.CoalesceAssignment);
            start.RegisterOperationAction(
                c => AnalyzeWrite(c, method, ((IIncrementOrDecrementOperation)c.Operation).Target),
                OperationKind.Increment,
                OperationKind.Decrement);
            start.RegisterOperationAction(
                c => AnalyzeDeconstruction(c, method),
                OperationKind.DeconstructionAssignment);
            start.RegisterOperationAction(
                c =>
                {
                    var argument = (IArgumentOperation)c.Operation;
                    if (argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out)
                    {
                        AnalyzeWrite(c, method, argument.Value);
                    }
                },
                OperationKind.Argument);
            start.RegisterOperationAction(
                c => AnalyzeWrite(c, method, ((IEventAssignmentOperation)c.Operation).EventReference),
                OperationKind.EventAssignment);
            start.RegisterOperationAction(
                c => AnalyzeUse(c, method),
                OperationKind.Invocation,
                OperationKind.PropertyReference,
                OperationKind.ObjectCreation,
                OperationKind.MethodReference,
                OperationKind.FieldReference,
                OperationKind.EventReference);
        });
    }

    private static void AnalyzeDeconstruction(OperationAnalysisContext context, IMethodSymbol method)
    {
        var target = ((IDeconstructionAssignmentOperation)context.Operation).Target;
        if (target is ITupleOperation tuple)
        {
            foreach (var element in tuple.Elements)
            {
                AnalyzeWrite(context, method, element);
            }
        }
    }

    private static void AnalyzeWrite(OperationAnalysisContext context, IMethodSymbol method, IOperation target)
    {
        var what = DescribeWrite(target, context.Operation);
        if (what is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ImpureAssignment, target.Syntax.GetLocation(), MetricSymbols.Display(method), what));
        }
    }

    /// <summary>What an assignment target writes that a pure function must not, or null when it is its own.</summary>
    private static string? DescribeWrite(IOperation target, IOperation at)
    {
        switch (target)
        {
            case IFieldReferenceOperation field when field.Field.IsStatic:
                return $"the static field '{MetricSymbols.Display(field.Field)}'";
            case IPropertyReferenceOperation property when property.Property.IsStatic:
                return $"the static property '{MetricSymbols.Display(property.Property)}'";
            case IEventReferenceOperation @event when @event.Event.IsStatic:
                return $"the static event '{MetricSymbols.Display(@event.Event)}'";
            case IMemberReferenceOperation member when member.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }:
                return $"'{member.Member.Name}' of this metric (its state or parameters)";
            case IMemberReferenceOperation member when member.Instance is not null && member.Instance.Type?.IsValueType == true:
                return DescribeWrite(member.Instance, at);
            case IMemberReferenceOperation member when member.Instance is not null:
                return DescribeOwner(member.Instance, at, $"'{member.Member.Name}' of a shared object");
            case IArrayElementReferenceOperation element:
                return DescribeOwner(element.ArrayReference, at, "an element of a shared array");
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }:
                return "'this' (the metric's state)";
            case ILocalReferenceOperation local when IsCaptured(local.Local, at):
                return $"the captured variable '{local.Local.Name}'";
            case IParameterReferenceOperation parameter when IsCaptured(parameter.Parameter, at):
                return $"the captured variable '{parameter.Parameter.Name}'";
            case IParameterReferenceOperation parameter when parameter.Parameter.RefKind is RefKind.Ref or RefKind.Out:
                return $"the by-reference argument '{parameter.Parameter.Name}'";
            default:
                return null;
        }
    }

    /// <summary>
    /// An element or member of a reference-typed object: a write through a static, a field of this metric, a
    /// captured variable or an argument reaches state that outlives the call; a write through a local is the
    /// function's own (it can only hold an object the function made, or one it was given, which is reported).
    /// </summary>
    private static string? DescribeOwner(IOperation owner, IOperation at, string what) => owner switch
    {
        ILocalReferenceOperation local when !IsCaptured(local.Local, at) => null,
        IParameterReferenceOperation or ILocalReferenceOperation => what,
        _ => DescribeWrite(owner, at) ?? (owner is IObjectCreationOperation or IArrayCreationOperation ? null : what),
    };

    /// <summary>Whether a local or parameter belongs to a function outside the lambda or local function that writes it.</summary>
    private static bool IsCaptured(ISymbol variable, IOperation at)
    {
        for (var node = at.Parent; node is not null; node = node.Parent)
        {
            IMethodSymbol? function = node switch
            {
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                ILocalFunctionOperation local => local.Symbol,
                _ => null,
            };
            if (function is not null)
            {
                return !SymbolEqualityComparer.Default.Equals(variable.ContainingSymbol, function);
            }
        }

        return false;
    }

    private static void AnalyzeUse(OperationAnalysisContext context, IMethodSymbol method)
    {
        var member = Member(context.Operation);
        if (member is null or IFieldSymbol { IsConst: true })
        {
            return;
        }

        var category = ImpureApis.Classify(member);
        if (category is null)
        {
            return;
        }

        // One report per expression, on its innermost impure part: Console.Out.WriteLine is reported as Console.Out.
        var receiver = context.Operation switch
        {
            IInvocationOperation invocation => invocation.Instance,
            IMemberReferenceOperation reference => reference.Instance,
            _ => null,
        };
        if (receiver is not null && Member(receiver) is { } inner && ImpureApis.Classify(inner) is not null)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.ImpureCall,
            context.Operation.Syntax.GetLocation(),
            MetricSymbols.Display(method),
            member.ContainingType.Name + "." + (member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? "ctor" : member.Name),
            category));
    }

    private static ISymbol? Member(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => invocation.TargetMethod,
        IObjectCreationOperation creation => creation.Constructor,
        IMemberReferenceOperation reference => reference.Member,
        _ => null,
    };
}
