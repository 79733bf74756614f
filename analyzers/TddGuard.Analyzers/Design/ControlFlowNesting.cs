using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// How deep a control statement sits: one level per enclosing control statement, counted up to the nearest
/// member, lambda, anonymous method or local function (each counts from its own start).
/// </summary>
internal static class ControlFlowNesting
{
    public static readonly ImmutableArray<SyntaxKind> NestingStatementKinds = ImmutableArray.Create(
        SyntaxKind.IfStatement,
        SyntaxKind.ForStatement,
        SyntaxKind.ForEachStatement,
        SyntaxKind.ForEachVariableStatement,
        SyntaxKind.WhileStatement,
        SyntaxKind.DoStatement,
        SyntaxKind.SwitchStatement,
        SyntaxKind.TryStatement,
        SyntaxKind.UsingStatement,
        SyntaxKind.LockStatement);

    /// <summary>The statement's own level: 1 for a control statement directly in a body.</summary>
    public static int DepthOf(StatementSyntax statement)
    {
        var depth = 1;
        for (var ancestor = statement.Parent; ancestor is not null && !StartsOwnNesting(ancestor); ancestor = ancestor.Parent)
        {
            if (AddsLevel(ancestor))
            {
                depth++;
            }
        }

        return depth;
    }

    /// <summary>An <c>if</c> after <c>else</c> belongs to the chain its first <c>if</c> heads: one level for all.</summary>
    public static bool ContinuesElseIfChain(SyntaxNode node) =>
        node.IsKind(SyntaxKind.IfStatement) && node.Parent.IsKind(SyntaxKind.ElseClause);

    public static SyntaxToken KeywordOf(StatementSyntax statement) => statement switch
    {
        IfStatementSyntax s => s.IfKeyword,
        ForStatementSyntax s => s.ForKeyword,
        CommonForEachStatementSyntax s => s.ForEachKeyword,
        WhileStatementSyntax s => s.WhileKeyword,
        DoStatementSyntax s => s.DoKeyword,
        SwitchStatementSyntax s => s.SwitchKeyword,
        TryStatementSyntax s => s.TryKeyword,
        UsingStatementSyntax s => s.UsingKeyword,
        LockStatementSyntax s => s.LockKeyword,
        _ => statement.GetFirstToken(),
    };

    private static bool AddsLevel(SyntaxNode node) =>
        node.IsKind(SyntaxKind.IfStatement) ? !ContinuesElseIfChain(node) : IsNestingStatement(node);

    private static bool IsNestingStatement(SyntaxNode node)
    {
        foreach (var kind in NestingStatementKinds)
        {
            if (node.IsKind(kind))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsOwnNesting(SyntaxNode node) =>
        node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax;
}
