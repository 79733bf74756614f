using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// Where a literal value already has a name: in the definition of a constant (or of something the language
/// treats like one), or as the whole initial value of a declared variable, field or property.
/// </summary>
internal static class NamedValueContext
{
    /// <summary>
    /// Whether <paramref name="value"/> (a literal, with its sign) is part of the value of a <c>const</c>, an enum
    /// member, an attribute argument, a parameter's default value, or the initializer of a <c>static readonly</c>
    /// field outside any lambda in it: each of those is itself a named constant.
    /// </summary>
    public static bool IsInNamedDefinition(ExpressionSyntax value)
    {
        var insideFunction = false;
        for (var node = value.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AttributeSyntax or EnumMemberDeclarationSyntax or ParameterSyntax:
                    return true;
                case LocalDeclarationStatementSyntax local:
                    return local.IsConst;
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                    insideFunction = true;
                    break;
                case FieldDeclarationSyntax field:
                    return field.Modifiers.Any(SyntaxKind.ConstKeyword) || (!insideFunction && IsStaticReadOnly(field));
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="value"/> is, parentheses and casts aside, the whole initial value of a local
    /// variable, field or property: <c>var retries = 3;</c> names the 3.
    /// </summary>
    public static bool IsWholeInitializerOfDeclaration(ExpressionSyntax value)
    {
        var node = value.Parent;
        while (node is ParenthesizedExpressionSyntax or CastExpressionSyntax or CheckedExpressionSyntax)
        {
            node = node.Parent;
        }

        return node is EqualsValueClauseSyntax clause
            && (clause.Parent is PropertyDeclarationSyntax
                || clause.Parent?.Parent?.Parent is LocalDeclarationStatementSyntax or BaseFieldDeclarationSyntax);
    }

    private static bool IsStaticReadOnly(FieldDeclarationSyntax field) =>
        field.Modifiers.Any(SyntaxKind.StaticKeyword) && field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword);
}
