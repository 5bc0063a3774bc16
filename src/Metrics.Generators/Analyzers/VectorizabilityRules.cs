using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Metrics.Generators.Analyzers;

/// <summary>
/// Decides whether an update (or merge) body can be lifted to SIMD lanes, and if not, which operation stops it.
/// Lane-wise code is: locals, assignments to locals and arguments, one returned state built with an object
/// initializer, constants, arguments, state fields of arguments, <c>+ - * /</c>, comparisons, <c>&amp;&amp; || ! &amp; | ^</c>,
/// <c>?:</c> (a select), unary minus, numeric conversions, and <c>Math</c>/<c>MathF</c>/<c>double</c>/<c>float</c>
/// <c>Abs</c>, <c>Min</c>, <c>Max</c>, <c>Sqrt</c>, <c>FusedMultiplyAdd</c> (and <c>CreateTruncating</c>-style conversions). Everything else (statements such as
/// <c>if</c>, loops and <c>switch</c>; calls to other functions; array cells; rows) keeps the scalar loop.
/// </summary>
internal static class VectorizabilityRules
{
    private static readonly string[] LaneWiseMath = { "Abs", "Min", "Max", "Sqrt", "FusedMultiplyAdd", "CreateTruncating", "CreateSaturating", "CreateChecked" };

    /// <summary>The first operation, in source order, that is not lane-wise, with the reason; null when the body is.</summary>
    public static (IOperation Operation, string Reason)? FirstObstacle(IOperation body)
    {
        if (!IsAllowed(body, out var reason))
        {
            return (body, reason);
        }

        foreach (var child in body.ChildOperations)
        {
            var obstacle = FirstObstacle(child);
            if (obstacle is not null)
            {
                return obstacle;
            }
        }

        return null;
    }

    private static bool IsAllowed(IOperation operation, out string reason)
    {
        reason = string.Empty;
        if (operation.ConstantValue.HasValue)
        {
            return true;
        }

        switch (operation)
        {
            case IMethodBodyOperation or IBlockOperation or IExpressionStatementOperation or IReturnOperation { ReturnedValue: not null }
                or IVariableDeclarationGroupOperation or IVariableDeclarationOperation or IVariableDeclaratorOperation
                or IVariableInitializerOperation or IObjectOrCollectionInitializerOperation or IDefaultValueOperation
                or ILocalReferenceOperation or IParenthesizedOperation or IEmptyOperation:
                return true;
            case IParameterReferenceOperation parameter:
                if (IsScalar(parameter.Type) || IsMetric(parameter.Type))
                {
                    return true;
                }

                reason = "a row (span) is read element by element, not lane by lane";
                return false;
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                return true;
            case IFieldReferenceOperation field when !field.Field.IsStatic && IsScalar(field.Type):
                return true;
            case IFieldReferenceOperation field when !field.Field.IsStatic:
                reason = "an array-valued state is updated cell by cell";
                return false;
            case ISimpleAssignmentOperation or ICompoundAssignmentOperation when ((IAssignmentOperation)operation).Target is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } }:
                if (operation is ICompoundAssignmentOperation { OperatorMethod: not null })
                {
                    reason = "a user-defined operator is not lane-wise";
                    return false;
                }

                return true;
            case IBinaryOperation binary:
                if (binary.OperatorMethod is not null)
                {
                    reason = "a user-defined operator is not lane-wise";
                    return false;
                }

                if (binary.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply
                    or BinaryOperatorKind.Divide or BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals
                    or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan
                    or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr
                    or BinaryOperatorKind.And or BinaryOperatorKind.Or or BinaryOperatorKind.ExclusiveOr)
                {
                    return true;
                }

                reason = $"the operator '{binary.OperatorKind}' has no lane-wise form here";
                return false;
            case IUnaryOperation unary:
                if (unary.OperatorMethod is null && unary.OperatorKind is UnaryOperatorKind.Minus or UnaryOperatorKind.Plus or UnaryOperatorKind.Not)
                {
                    return true;
                }

                reason = "the operator has no lane-wise form here";
                return false;
            case IConditionalOperation conditional when conditional.Type is not null && !conditional.IsRef:
                return true;
            case IConditionalOperation:
                reason = "a branch is not lane-wise (write it as a ?: select)";
                return false;
            case IConversionOperation conversion:
                if (conversion.OperatorMethod is null && (IsScalar(conversion.Type) || IsMetric(conversion.Type)) && (conversion.Operand.Type is null || IsScalar(conversion.Operand.Type) || IsMetric(conversion.Operand.Type)))
                {
                    return true;
                }

                reason = "the conversion is not between numbers";
                return false;
            case IObjectCreationOperation creation when IsMetric(creation.Type) && creation.Arguments.Length == 0:
                return true;
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                var owner = method.ContainingType?.ToDisplayString();
                if (method.IsStatic && owner is "System.Math" or "System.MathF" or "double" or "float" or "int" or "long" && LaneWiseMath.Contains(method.Name))
                {
                    return true;
                }

                reason = "a call to another function is not lane-wise";
                return false;
            case ILoopOperation:
                reason = "a loop is not lane-wise";
                return false;
            case ISwitchOperation or ISwitchExpressionOperation:
                reason = "a switch is not lane-wise (write it as ?: selects)";
                return false;
            default:
                reason = "it has no lane-wise form";
                return false;
        }
    }

    private static bool IsScalar(ITypeSymbol? type) =>
        type is not null && (type.SpecialType is SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Int32
            or SpecialType.System_Int64 or SpecialType.System_Boolean or SpecialType.System_UInt32 or SpecialType.System_UInt64
            or SpecialType.System_Int16 or SpecialType.System_Byte
            || type.TypeKind == TypeKind.TypeParameter || type.TypeKind == TypeKind.Enum);

    private static bool IsMetric(ITypeSymbol? type) => type is INamedTypeSymbol named && MetricSymbols.IsMetric(named);
}
