using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TddGuard.CodeFixes.Tdd;

/// <summary>The line ending a file already uses, so new lines match it whatever the platform.</summary>
internal static class EndOfLine
{
    public static SyntaxTrivia Of(SyntaxNode root)
    {
        foreach (var trivia in root.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        return SyntaxFactory.EndOfLine("\n");
    }
}
