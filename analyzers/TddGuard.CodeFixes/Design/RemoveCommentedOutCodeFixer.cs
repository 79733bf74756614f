using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Shared;

namespace TddGuard.CodeFixes.Design;

/// <summary>
/// TG2015 fix: deletes the lines of the commented-out code, line breaks included, and nothing else. Blocks never
/// share a line, so Fix All applies every deletion in one batch.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveCommentedOutCodeFixer)), Shared]
public sealed class RemoveCommentedOutCodeFixer : CodeFixProvider
{
    private const string Title = "Remove commented-out code";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.CommentedOutCode);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (LinesOf(diagnostic.Location.SourceSpan, text) is not { } lines)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, cancellationToken => RemoveAsync(context.Document, lines, cancellationToken), equivalenceKey: Title),
                diagnostic);
        }
    }

    /// <summary>The whole lines of the comment with their line breaks; null when anything else is on them.</summary>
    private static TextSpan? LinesOf(TextSpan comment, SourceText text)
    {
        if (comment.End > text.Length || !CommentBlocks.IsAloneOnItsLines(comment, text))
        {
            return null;
        }

        return TextSpan.FromBounds(
            text.Lines.GetLineFromPosition(comment.Start).Start,
            text.Lines.GetLineFromPosition(comment.End).EndIncludingLineBreak);
    }

    private static async Task<Document> RemoveAsync(Document document, TextSpan lines, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(new TextChange(lines, string.Empty)));
    }
}
