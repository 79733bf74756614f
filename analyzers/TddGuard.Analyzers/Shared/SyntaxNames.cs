using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.Analyzers.Shared;

/// <summary>The names syntax gives calls and member reads, to rule candidates in or out before binding.</summary>
internal static class SyntaxNames
{
    /// <summary>The name of the method an invocation calls (<c>a.M()</c>, <c>a?.M()</c>, <c>M&lt;T&gt;()</c>), or null.</summary>
    public static string? InvokedName(SyntaxNode node) =>
        node is InvocationExpressionSyntax invocation ? NameOf(invocation.Expression) : null;

    /// <summary>The simple name an expression ends in: the member of an access or binding, or the name itself.</summary>
    public static string? NameOf(SyntaxNode expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The <c>new X(...)</c> a <c>throw</c> statement or expression throws, or null.</summary>
    public static BaseObjectCreationExpressionSyntax? ThrownCreation(SyntaxNode node) => NewObject(node switch
    {
        ThrowStatementSyntax statement => statement.Expression,
        ThrowExpressionSyntax expression => expression.Expression,
        _ => null,
    });

    /// <summary>The simple name of the type <c>new X(...)</c> creates (<c>X</c> of <c>A.X&lt;T&gt;</c>); null for <c>new(...)</c>.</summary>
    public static string? CreatedTypeName(BaseObjectCreationExpressionSyntax creation) =>
        creation is ObjectCreationExpressionSyntax { Type: var type } ? RightmostName(type) : null;

    /// <summary>The simple name a type's syntax ends in, or null for a predefined, array, tuple or pointer type.</summary>
    public static string? RightmostName(TypeSyntax type) => type switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        NullableTypeSyntax nullable => RightmostName(nullable.ElementType),
        _ => null,
    };

    /// <summary>
    /// Whether any file of the compilation declares a using alias (<c>using E = System.Exception;</c>): names in
    /// syntax then need not be the names of the types they stand for, and only binding can tell.
    /// </summary>
    public static bool DeclaresUsingAliases(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax unit && (HasAlias(unit.Usings) || AnyNamespaceHasAlias(unit.Members)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyNamespaceHasAlias(SyntaxList<MemberDeclarationSyntax> members)
    {
        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns && (HasAlias(ns.Usings) || AnyNamespaceHasAlias(ns.Members)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAlias(SyntaxList<UsingDirectiveSyntax> usings)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <c>new X(...)</c> or <c>new(...)</c> an expression is, in parentheses or not; null otherwise.</summary>
    public static BaseObjectCreationExpressionSyntax? NewObject(ExpressionSyntax? expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression as BaseObjectCreationExpressionSyntax;
    }
}
