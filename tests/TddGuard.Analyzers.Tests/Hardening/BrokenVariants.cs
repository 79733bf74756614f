using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TddGuard.Analyzers.Tests.Hardening;

/// <summary>
/// Half-typed code as an editor sees it: a real file cut off anywhere, with tokens deleted or repeated, or a
/// brace gone. Seeded, so a failing variant can be reproduced from its number.
/// </summary>
internal static class BrokenVariants
{
    private const int Kinds = 4;

    public static string Make(string source, Random random)
    {
        List<SyntaxToken> tokens = [.. CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens()];
        if (tokens.Count == 0)
        {
            return source;
        }

        var token = tokens[random.Next(tokens.Count)];
        return random.Next(Kinds) switch
        {
            0 => source[..random.Next(source.Length + 1)],
            1 => source.Remove(token.SpanStart, token.Span.Length),
            2 => source.Insert(token.SpanStart, token.ToString() + " "),
            _ => RemoveABrace(source, tokens, random),
        };
    }

    private static string RemoveABrace(string source, List<SyntaxToken> tokens, Random random)
    {
        var braces = tokens.FindAll(token => token.IsKind(SyntaxKind.OpenBraceToken) || token.IsKind(SyntaxKind.CloseBraceToken));
        if (braces.Count == 0)
        {
            return source[..(source.Length / 2)];
        }

        var brace = braces[random.Next(braces.Count)];
        return source.Remove(brace.SpanStart, brace.Span.Length);
    }
}
