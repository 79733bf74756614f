using System.Collections.Generic;
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
using TddGuard.Analyzers.Shared;

namespace TddGuard.CodeFixes.Design;

/// <summary>
/// TG2010 fix: adds <c>readonly</c> to a static field declaration whose variables are only ever assigned where
/// they are declared or in their type's static constructor.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeStaticFieldReadonlyFixer)), Shared]
public sealed class MakeStaticFieldReadonlyFixer : CodeFixProvider
{
    private const string Title = "Make readonly";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.MutableStaticState);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => new MakeReadonlyFixAllProvider();

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
            if (FindFieldDeclaration(root, diagnostic) is not { } declaration
                || !await StaticFieldWrites.CanMakeReadonlyAsync(context.Document, declaration, context.CancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => MakeReadonlyAsync(context.Document, [declaration], cancellationToken),
                    equivalenceKey: Title),
                diagnostic);
        }
    }

    private static FieldDeclarationSyntax? FindFieldDeclaration(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax declaration }
            ? declaration
            : null;

    private static async Task<Document> MakeReadonlyAsync(Document document, IReadOnlyCollection<FieldDeclarationSyntax> declarations, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null || declarations.Count == 0
            ? document
            : document.WithSyntaxRoot(root.ReplaceNodes(declarations, (_, rewritten) => AddReadonly(rewritten)));
    }

    /// <summary><c>readonly</c> goes right after <c>static</c> and takes over its trailing trivia, so a line break or comment stays put.</summary>
    private static FieldDeclarationSyntax AddReadonly(FieldDeclarationSyntax declaration)
    {
        var modifiers = declaration.Modifiers;
        var index = modifiers.IndexOf(SyntaxKind.StaticKeyword);
        var staticKeyword = modifiers[index];
        var readonlyKeyword = SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword).WithTrailingTrivia(staticKeyword.TrailingTrivia);
        return declaration.WithModifiers(modifiers
            .Replace(staticKeyword, staticKeyword.WithTrailingTrivia(SyntaxFactory.Space))
            .Insert(index + 1, readonlyKeyword));
    }

    private sealed class MakeReadonlyFixAllProvider : DocumentBasedFixAllProvider
    {
        protected override string GetFixAllTitle(FixAllContext fixAllContext) => Title;

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var root = await document.GetSyntaxRootAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var eligible = new List<FieldDeclarationSyntax>();
            foreach (var declaration in diagnostics.Select(diagnostic => FindFieldDeclaration(root, diagnostic)).OfType<FieldDeclarationSyntax>().Distinct())
            {
                if (await StaticFieldWrites.CanMakeReadonlyAsync(document, declaration, fixAllContext.CancellationToken).ConfigureAwait(false))
                {
                    eligible.Add(declaration);
                }
            }

            return await MakeReadonlyAsync(document, eligible, fixAllContext.CancellationToken).ConfigureAwait(false);
        }
    }
}
