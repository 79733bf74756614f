using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using TddGuard.Analyzers.Shared;

namespace TddGuard.CodeFixes.Design;

/// <summary>
/// TG2002 and TG2003 fix: declares a <c>private const</c> for the reported value in the innermost type (a local
/// <c>const</c> in top-level statements), named after the value, and uses it instead of the literal.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(IntroduceNamedConstantFixer)), Shared]
public sealed class IntroduceNamedConstantFixer : CodeFixProvider
{
    private const string Title = "Introduce named constant";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds =>
        ImmutableArray.Create(RuleIdentifiers.MagicNumber, RuleIdentifiers.MagicString);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => new IntroduceNamedConstantFixAllProvider();

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
            if (!ConstantIntroduction.CanIntroduce(root, model, diagnostic.Location.SourceSpan, context.CancellationToken))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => ConstantIntroduction.IntroduceAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                    equivalenceKey: Title),
                diagnostic);
        }
    }

    /// <summary>All diagnostics of a document at once, so a value reported many times gets one constant.</summary>
    private sealed class IntroduceNamedConstantFixAllProvider : DocumentBasedFixAllProvider
    {
        protected override string GetFixAllTitle(FixAllContext fixAllContext) => Title;

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics) =>
            await ConstantIntroduction.IntroduceAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
