using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace TddGuard.Analyzers.Shared;

/// <summary>
/// An operation found from its syntax, with what an operation action would have been given for it.
/// </summary>
/// <remarks>
/// Why not operation actions: the compiler builds the operation tree of every method body, binding it once more
/// than the build does, as soon as one analyzer registers one; that alone added about 15% to a build of the
/// benchmark corpus. A syntax-node action rules out almost every node by its text and asks the semantic model
/// only about the few candidates left, so only the bodies that hold a candidate are bound again.
/// </remarks>
internal readonly struct OperationSite<TOperation>(TOperation operation, SyntaxNodeAnalysisContext context)
    where TOperation : class, IOperation
{
    public TOperation Operation { get; } = operation;

    public ISymbol? ContainingSymbol => context.ContainingSymbol;

    public Compilation Compilation => context.Compilation;

    public CancellationToken CancellationToken => context.CancellationToken;

    public void ReportDiagnostic(Diagnostic diagnostic) => context.ReportDiagnostic(diagnostic);
}

/// <summary>Syntax-node actions that bind only the candidates their syntax cannot rule out.</summary>
internal static class CandidateOperations
{
    /// <summary>
    /// A syntax-node action that asks the semantic model for the operation of a node <paramref name="isCandidate"/> accepts, and hands it
    /// to <paramref name="analyze"/> when it is a <typeparamref name="TOperation"/>. The operation of a statement
    /// the compiler wraps (<c>throw</c> as an expression statement) is unwrapped.
    /// </summary>
    public static Action<SyntaxNodeAnalysisContext> Bind<TOperation>(Func<SyntaxNode, bool> isCandidate, Action<OperationSite<TOperation>> analyze)
        where TOperation : class, IOperation =>
        context =>
        {
            if (!isCandidate(context.Node))
            {
                return;
            }

            var operation = context.SemanticModel.GetOperation(context.Node, context.CancellationToken);
            if (operation is IExpressionStatementOperation { IsImplicit: true, Operation: TOperation wrapped })
            {
                operation = wrapped;
            }

            if (operation is TOperation found)
            {
                analyze(new OperationSite<TOperation>(found, context));
            }
        };
}

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
