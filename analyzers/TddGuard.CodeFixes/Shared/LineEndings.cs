using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Formatting;

namespace TddGuard.CodeFixes.Shared;

/// <summary>The line ending every fix writes: the file's own (its first), else the document's configured one.</summary>
internal static class LineEndings
{
    public static async Task<SyntaxTrivia> OfAsync(Document document, SyntaxNode root, CancellationToken cancellationToken)
    {
        foreach (var trivia in root.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        var options = await document.GetOptionsAsync(cancellationToken).ConfigureAwait(false);
        return SyntaxFactory.EndOfLine(options.GetOption(FormattingOptions.NewLine, LanguageNames.CSharp));
    }
}
