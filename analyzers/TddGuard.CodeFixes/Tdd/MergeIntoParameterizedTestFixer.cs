using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using TddGuard.Analyzers.Shared;

namespace TddGuard.CodeFixes.Tdd;

/// <summary>
/// TG1005 fix: merges tests that differ only in literals into the first of them, parameterized, with one data row
/// per test (<c>[TestCase]</c>, <c>[InlineData]</c>, <c>[DataRow]</c>, <c>[Arguments]</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MergeIntoParameterizedTestFixer)), Shared]
public sealed class MergeIntoParameterizedTestFixer : CodeFixProvider
{
    private const string Title = "Merge into one parameterized test";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.TestsShouldBeATable);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => new MergeFixAllProvider();

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (TestTable.TryCreate(root, model, diagnostic, context.CancellationToken) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, cancellationToken => MergeAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken), Title),
                diagnostic);
        }
    }

    private static async Task<Document> MergeAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        // Every test of a group carries a diagnostic; each group is merged once.
        var tables = diagnostics
            .Select(diagnostic => TestTable.TryCreate(root, model, diagnostic, cancellationToken))
            .OfType<TestTable>()
            .GroupBy(table => table.First.SpanStart)
            .Select(group => group.First())
            .ToList();
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        foreach (var table in tables)
        {
            editor.ReplaceNode(table.First, table.Merged);
            foreach (var other in table.Others)
            {
                editor.RemoveNode(other, SyntaxRemoveOptions.KeepNoTrivia);
            }
        }

        return editor.GetChangedDocument();
    }

    private sealed class MergeFixAllProvider : DocumentBasedFixAllProvider
    {
        protected override string GetFixAllTitle(FixAllContext fixAllContext) => Title;

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics) =>
            await MergeAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
