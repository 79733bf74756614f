using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.CodeFixes.Design;

/// <summary>Writes the logical negation of a condition the way a person would, never changing its meaning.</summary>
internal static class ConditionNegator
{
    /// <summary>
    /// Whether a relational comparison may be flipped (<c>a &lt; b</c> to <c>a &gt;= b</c>): only for integral
    /// operands, since with floating point NaN makes both false.
    /// </summary>
    public static bool CanFlipComparison(ExpressionSyntax condition, SemanticModel model) =>
        condition is BinaryExpressionSyntax comparison
        && IsIntegral(model.GetTypeInfo(comparison.Left).ConvertedType)
        && IsIntegral(model.GetTypeInfo(comparison.Right).ConvertedType);

    public static ExpressionSyntax Negate(ExpressionSyntax condition, bool flipComparison) => condition switch
    {
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not => Unparenthesize(not.Operand),
        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression } => SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression),
        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.FalseLiteralExpression } => SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression),
        BinaryExpressionSyntax binary when FlippedOperator(binary, flipComparison) is { } flipped =>
            SyntaxFactory.BinaryExpression(flipped.Expression, binary.Left, SyntaxFactory.Token(flipped.Token).WithTriviaFrom(binary.OperatorToken), binary.Right),
        IsPatternExpressionSyntax { Pattern: UnaryPatternSyntax notPattern } isNot =>
            isNot.WithPattern(notPattern.Pattern.WithTriviaFrom(notPattern)),
        IsPatternExpressionSyntax isPattern when SupportsNotPatterns(isPattern) =>
            isPattern.WithPattern(SyntaxFactory.UnaryPattern(SyntaxFactory.Token(SyntaxKind.NotKeyword).WithTrailingTrivia(SyntaxFactory.Space), isPattern.Pattern)),
        IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax =>
            SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, condition),
        _ => SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, SyntaxFactory.ParenthesizedExpression(condition)),
    };

    private static (SyntaxKind Expression, SyntaxKind Token)? FlippedOperator(BinaryExpressionSyntax binary, bool flipComparison) =>
        binary.Kind() switch
        {
            SyntaxKind.EqualsExpression => (SyntaxKind.NotEqualsExpression, SyntaxKind.ExclamationEqualsToken),
            SyntaxKind.NotEqualsExpression => (SyntaxKind.EqualsExpression, SyntaxKind.EqualsEqualsToken),
            SyntaxKind.LessThanExpression when flipComparison => (SyntaxKind.GreaterThanOrEqualExpression, SyntaxKind.GreaterThanEqualsToken),
            SyntaxKind.LessThanOrEqualExpression when flipComparison => (SyntaxKind.GreaterThanExpression, SyntaxKind.GreaterThanToken),
            SyntaxKind.GreaterThanExpression when flipComparison => (SyntaxKind.LessThanOrEqualExpression, SyntaxKind.LessThanEqualsToken),
            SyntaxKind.GreaterThanOrEqualExpression when flipComparison => (SyntaxKind.LessThanExpression, SyntaxKind.LessThanToken),
            _ => null,
        };

    private static ExpressionSyntax Unparenthesize(ExpressionSyntax expression) =>
        expression is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : expression;

    private static bool SupportsNotPatterns(SyntaxNode node) =>
        node.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp9 };

    private static bool IsIntegral(ITypeSymbol? type) => type?.SpecialType is
        SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16 or
        SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or
        SpecialType.System_Char or SpecialType.System_IntPtr or SpecialType.System_UIntPtr;
}
