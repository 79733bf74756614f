using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;

namespace TddGuard.CodeFixes.Design;

/// <summary>
/// Rewrites <c>if (c) { body }</c> at the end of a method or loop body as <c>if (!c) { exit; } body</c>. The new
/// guard is formatted; the lifted body is only moved one indentation level out, so the user's layout survives.
/// </summary>
internal static class GuardClauseRewriter
{
    /// <summary>The innermost <c>if</c> around the reported statement that can become a guard clause, if any.</summary>
    public static IfStatementSyntax? FindInvertibleIf(SyntaxNode root, TextSpan reportedSpan)
    {
        var reported = root.FindToken(reportedSpan.Start).Parent?.FirstAncestorOrSelf<StatementSyntax>();
        for (var node = reported?.Parent; node is not null && !IsFunctionBoundary(node); node = node.Parent)
        {
            if (node is IfStatementSyntax candidate && ExitFor(candidate) is not null)
            {
                return candidate;
            }
        }

        return null;
    }

    public static SyntaxNode Invert(SyntaxNode root, ImmutableArray<IfStatementSyntax> targets, SemanticModel model, SyntaxTrivia endOfLine)
    {
        var flipComparisonByBlock = targets.ToDictionary(
            target => (BlockSyntax)target.Parent!,
            target => ConditionNegator.CanFlipComparison(target.Condition, model));

        return root.ReplaceNodes(
            flipComparisonByBlock.Keys,
            (original, rewritten) => LiftLastIf(original, rewritten, flipComparisonByBlock[original], endOfLine));
    }

    private static BlockSyntax LiftLastIf(BlockSyntax original, BlockSyntax rewritten, bool flipComparison, SyntaxTrivia endOfLine)
    {
        var exit = ExitFor((IfStatementSyntax)original.Statements.Last())!;
        var lastIf = (IfStatementSyntax)rewritten.Statements.Last();
        var guard = SyntaxFactory.IfStatement(ConditionNegator.Negate(lastIf.Condition, flipComparison), SyntaxFactory.Block(exit))
            .WithLeadingTrivia(lastIf.GetLeadingTrivia())
            .WithTrailingTrivia(endOfLine, endOfLine)
            .WithAdditionalAnnotations(Formatter.Annotation);

        return rewritten.WithStatements(
            rewritten.Statements.RemoveAt(rewritten.Statements.Count - 1).Add(guard).AddRange(LiftedBody(lastIf)));
    }

    private static SyntaxList<StatementSyntax> LiftedBody(IfStatementSyntax lastIf)
    {
        var statements = lastIf.Statement is BlockSyntax body ? body.Statements : SyntaxFactory.SingletonList(lastIf.Statement);
        var ifIndentation = Indentation.Of(lastIf.IfKeyword);
        var removedWidth = Math.Max(0, Indentation.Of(statements[0].GetFirstToken()).Length - ifIndentation.Length);
        var lifted = SyntaxFactory.List(statements.Select(statement => Indentation.Dedent(statement, removedWidth)));

        if (!Indentation.StartsLine(lifted[0].GetFirstToken()))
        {
            lifted = lifted.Replace(lifted[0], lifted[0].WithLeadingTrivia(SyntaxFactory.Whitespace(ifIndentation)));
        }

        var last = lifted.Last();
        var trailing = last.GetTrailingTrivia();
        return trailing.Any(SyntaxKind.EndOfLineTrivia)
            ? lifted
            : lifted.Replace(last, last.WithTrailingTrivia(TrimEndWhitespace(trailing).AddRange(lastIf.GetTrailingTrivia())));
    }

    private static SyntaxTriviaList TrimEndWhitespace(SyntaxTriviaList trivia)
    {
        while (trivia.Count > 0 && trivia.Last().IsKind(SyntaxKind.WhitespaceTrivia))
        {
            trivia = trivia.RemoveAt(trivia.Count - 1);
        }

        return trivia;
    }

    /// <summary>The statement that leaves the body the <c>if</c> ends, or null when it is not such an <c>if</c>.</summary>
    private static StatementSyntax? ExitFor(IfStatementSyntax candidate)
    {
        if (candidate.Else is not null
            || candidate.Parent is not BlockSyntax block
            || block.Statements.Last() != candidate
            || HasCommentsTheRewriteWouldDrop(candidate))
        {
            return null;
        }

        return block.Parent switch
        {
            ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax =>
                SyntaxFactory.ContinueStatement(),
            BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax =>
                IsIterator(block) ? SyntaxFactory.YieldStatement(SyntaxKind.YieldBreakStatement) : SyntaxFactory.ReturnStatement(),
            _ => null,
        };
    }

    /// <summary>Comments on the tokens the rewrite replaces (parentheses, braces) have no place to go: no fix then.</summary>
    private static bool HasCommentsTheRewriteWouldDrop(IfStatementSyntax candidate)
    {
        var replacedTokens = candidate.Statement is BlockSyntax body
            ? new[] { candidate.IfKeyword, candidate.OpenParenToken, candidate.CloseParenToken, body.OpenBraceToken, body.CloseBraceToken }
            : new[] { candidate.IfKeyword, candidate.OpenParenToken, candidate.CloseParenToken };
        return replacedTokens.Any(token =>
            token.TrailingTrivia.Any(IsComment) || (token != candidate.IfKeyword && token.LeadingTrivia.Any(IsComment)));
    }

    private static bool IsComment(SyntaxTrivia trivia) =>
        trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia);

    private static bool IsIterator(BlockSyntax body) =>
        body.DescendantNodes(node => !IsFunctionBoundary(node)).OfType<YieldStatementSyntax>().Any();

    private static bool IsFunctionBoundary(SyntaxNode node) =>
        node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax;

}
