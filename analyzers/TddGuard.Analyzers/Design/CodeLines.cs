using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// Counts lines of code: lines on which a token starts. Blank lines, comments, documentation comments,
/// preprocessor directives, disabled code and the continuation lines of a multi-line string literal hold no token
/// start, so they do not count; every line of a statement written over several lines does.
/// </summary>
internal static class CodeLines
{
    /// <summary>The lines of code of <paramref name="tokens"/>, which must be in source order.</summary>
    public static int Count(IEnumerable<SyntaxToken> tokens, SourceText text)
    {
        var count = 0;
        var lastLine = -1;
        foreach (var token in tokens)
        {
            if (token.IsMissing)
            {
                continue;
            }

            var line = text.Lines.IndexOf(token.SpanStart);
            if (line != lastLine)
            {
                count++;
                lastLine = line;
            }
        }

        return count;
    }

    /// <summary>
    /// Every line <paramref name="span"/> touches: an upper bound of its lines of code that costs two lookups
    /// instead of a walk over its tokens.
    /// </summary>
    public static int Spanned(TextSpan span, SourceText text) =>
        text.Lines.GetLinePosition(span.End).Line - text.Lines.GetLinePosition(span.Start).Line + 1;

    /// <summary>The tokens of <paramref name="node"/> outside the local functions declared in it.</summary>
    public static IEnumerable<SyntaxToken> TokensOutsideLocalFunctions(SyntaxNode node) =>
        node is LocalFunctionStatementSyntax
            ? []
            : node.DescendantTokens(descendIntoChildren: child => child is not LocalFunctionStatementSyntax);
}
