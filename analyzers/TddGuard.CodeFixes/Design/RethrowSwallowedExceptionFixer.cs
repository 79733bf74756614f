using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using TddGuard.Analyzers.Shared;
using TddGuard.CodeFixes.Shared;

namespace TddGuard.CodeFixes.Design;

/// <summary>
/// TG2007 fix: ends the empty catch block with <c>throw;</c>. The comments inside stay where they were, before
/// the rethrow, so the reason someone once gave for ignoring the exception is still there to be reconsidered.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RethrowSwallowedExceptionFixer)), Shared]
public sealed class RethrowSwallowedExceptionFixer : CodeFixProvider
{
    private const string Title = "Rethrow the exception";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.SwallowedException);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not CatchClauseSyntax catchClause)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => RethrowAsync(context.Document, root, catchClause, cancellationToken),
                    equivalenceKey: Title),
                diagnostic);
        }
    }

    private static async Task<Document> RethrowAsync(Document document, SyntaxNode root, CatchClauseSyntax catchClause, CancellationToken cancellationToken)
    {
        var endOfLine = await LineEndings.OfAsync(document, root, cancellationToken).ConfigureAwait(false);
        var block = catchClause.Block;
        var closeBrace = block.CloseBraceToken;
        var braceStartsLine = StartsLine(closeBrace);

        // The close brace's leading trivia holds the block's comments (and disabled code) followed by the brace's
        // own indentation: the comments move in front of the rethrow, the indentation stays with the brace.
        var leading = closeBrace.LeadingTrivia;
        var indentationStart = leading.Count;
        while (indentationStart > 0 && leading[indentationStart - 1].IsKind(SyntaxKind.WhitespaceTrivia))
        {
            indentationStart--;
        }

        var rethrow = SyntaxFactory.ThrowStatement()
            .WithLeadingTrivia(leading.Take(indentationStart))
            .WithTrailingTrivia(braceStartsLine ? endOfLine : SyntaxFactory.Space)
            .WithAdditionalAnnotations(Formatter.Annotation);
        var fixedBlock = block
            .WithStatements(block.Statements.Add(rethrow))
            .WithCloseBraceToken(closeBrace.WithLeadingTrivia(leading.Skip(indentationStart)));

        var rethrown = document.WithSyntaxRoot(root.ReplaceNode(block, fixedBlock));
        var options = await rethrown.GetOptionsAsync(cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(
            rethrown,
            Formatter.Annotation,
            options.WithChangedOption(FormattingOptions.NewLine, LanguageNames.CSharp, endOfLine.ToFullString()),
            cancellationToken).ConfigureAwait(false);
    }

    private static bool StartsLine(SyntaxToken token)
    {
        var lines = token.SyntaxTree!.GetText().Lines;
        var previous = token.GetPreviousToken(includeZeroWidth: true, includeSkipped: true);
        return lines.GetLineFromPosition(token.SpanStart).LineNumber != lines.GetLineFromPosition(previous.Span.End).LineNumber;
    }
}
