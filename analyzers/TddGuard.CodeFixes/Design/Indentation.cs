using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TddGuard.CodeFixes.Design;

/// <summary>Reads and shifts the whitespace at the start of lines, leaving every other character alone.</summary>
internal static class Indentation
{
    /// <summary>The whitespace before the token when the token starts its line, else empty.</summary>
    public static string Of(SyntaxToken token)
    {
        if (!StartsLine(token))
        {
            return string.Empty;
        }

        var leading = token.LeadingTrivia;
        return leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia) ? leading.Last().ToString() : string.Empty;
    }

    public static bool StartsLine(SyntaxToken token)
    {
        var leading = token.LeadingTrivia;
        for (var index = leading.Count - 1; index >= 0; index--)
        {
            if (!leading[index].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                return leading[index].IsKind(SyntaxKind.EndOfLineTrivia);
            }
        }

        var previous = token.GetPreviousToken(includeZeroWidth: true, includeSkipped: true);
        return previous.RawKind == 0 || previous.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia);
    }

    /// <summary>Removes up to <paramref name="width"/> characters of indentation from every line of the node.</summary>
    public static TNode Dedent<TNode>(TNode node, int width)
        where TNode : SyntaxNode
    {
        if (width == 0)
        {
            return node;
        }

        var indentation = node.DescendantTrivia().Where(IsIndentation);
        return node.ReplaceTrivia(
            indentation,
            (original, _) => SyntaxFactory.Whitespace(original.ToString().Substring(System.Math.Min(width, original.Span.Length))));
    }

    private static bool IsIndentation(SyntaxTrivia trivia)
    {
        if (!trivia.IsKind(SyntaxKind.WhitespaceTrivia))
        {
            return false;
        }

        var leading = trivia.Token.LeadingTrivia;
        var index = leading.IndexOf(trivia);
        return index > 0
            ? leading[index - 1].IsKind(SyntaxKind.EndOfLineTrivia)
            : index == 0 && StartsLineAfterPreviousToken(trivia.Token);
    }

    private static bool StartsLineAfterPreviousToken(SyntaxToken token)
    {
        var previous = token.GetPreviousToken(includeZeroWidth: true, includeSkipped: true);
        return previous.RawKind == 0 || previous.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia);
    }
}
