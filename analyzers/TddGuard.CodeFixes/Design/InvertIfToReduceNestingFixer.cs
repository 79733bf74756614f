using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using TddGuard.Analyzers.Shared;
using TddGuard.CodeFixes.Shared;

namespace TddGuard.CodeFixes.Design;

/// <summary>
/// TG2001 fix: turns the innermost enclosing <c>if</c> that ends a method or loop body into a guard clause
/// (<c>return</c>/<c>continue</c>/<c>yield break</c>), which lifts everything inside it one level up.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InvertIfToReduceNestingFixer)), Shared]
public sealed class InvertIfToReduceNestingFixer : CodeFixProvider
{
    private const string Title = "Invert if to reduce nesting";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.NestingTooDeep);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => new InvertIfFixAllProvider();

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
            if (GuardClauseRewriter.FindInvertibleIf(root, diagnostic.Location.SourceSpan) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => InvertAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                    equivalenceKey: Title),
                diagnostic);
        }
    }

    internal static async Task<Document> InvertAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var targets = diagnostics
            .Select(diagnostic => GuardClauseRewriter.FindInvertibleIf(root, diagnostic.Location.SourceSpan))
            .OfType<IfStatementSyntax>()
            .Distinct()
            .ToImmutableArray();
        var endOfLine = await LineEndings.OfAsync(document, root, cancellationToken).ConfigureAwait(false);
        var inverted = document.WithSyntaxRoot(GuardClauseRewriter.Invert(root, targets, model, endOfLine));

        // Format the new guards now, with the file's own line ending rather than the platform's.
        var options = await inverted.GetOptionsAsync(cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(
            inverted,
            Formatter.Annotation,
            options.WithChangedOption(FormattingOptions.NewLine, LanguageNames.CSharp, endOfLine.ToFullString()),
            cancellationToken).ConfigureAwait(false);
    }

    private sealed class InvertIfFixAllProvider : DocumentBasedFixAllProvider
    {
        protected override string GetFixAllTitle(FixAllContext fixAllContext) => Title;

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics) =>
            await InvertAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
