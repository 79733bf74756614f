using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TddGuard.Analyzers.Shared;

namespace TddGuard.CodeFixes.Design;

/// <summary>
/// TG2011 fix: an <c>async void</c> method or local function returns <c>Task</c> instead. Callers that only
/// call it keep compiling; it is not offered when the method is used as a delegate anywhere in the solution,
/// where the new signature would no longer fit.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReturnTaskFromAsyncVoidFixer)), Shared]
public sealed class ReturnTaskFromAsyncVoidFixer : CodeFixProvider
{
    private const string Title = "Return Task";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.AsyncVoid);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => new ReturnTaskFixAllProvider();

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
            if (FindFunction(root, diagnostic) is not { } function
                || !await CanReturnTaskAsync(context.Document, function, context.CancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => ReturnTaskAsync(context.Document, [function], cancellationToken),
                    equivalenceKey: Title),
                diagnostic);
        }
    }

    /// <summary>The method or local function named at the diagnostic; lambdas have no return type to change.</summary>
    private static SyntaxNode? FindFunction(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindToken(diagnostic.Location.SourceSpan.Start).Parent switch
        {
            MethodDeclarationSyntax method => method,
            LocalFunctionStatementSyntax function => function,
            _ => null,
        };

    private static async Task<bool> CanReturnTaskAsync(Document document, SyntaxNode function, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return model?.GetDeclaredSymbol(function, cancellationToken) is IMethodSymbol method
            && !await DelegateUsages.IsUsedAsDelegateAsync(method, document.Project.Solution, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Document> ReturnTaskAsync(Document document, IReadOnlyCollection<SyntaxNode> functions, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || functions.Count == 0)
        {
            return document;
        }

        var rewritten = root.ReplaceNodes(functions, (_, function) => function switch
        {
            MethodDeclarationSyntax method => method.WithReturnType(TaskType(method.ReturnType)),
            LocalFunctionStatementSyntax local => local.WithReturnType(TaskType(local.ReturnType)),
            _ => function,
        });
        return await ImportsAndSimplification.ApplyAsync(document.WithSyntaxRoot(rewritten), cancellationToken).ConfigureAwait(false);
    }

    private static TypeSyntax TaskType(TypeSyntax voidType) =>
        ImportsAndSimplification.QualifiedType("System.Threading.Tasks.Task").WithTriviaFrom(voidType);

    private sealed class ReturnTaskFixAllProvider : DocumentBasedFixAllProvider
    {
        protected override string GetFixAllTitle(FixAllContext fixAllContext) => Title;

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var root = await document.GetSyntaxRootAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var functions = new List<SyntaxNode>();
            foreach (var function in diagnostics.Select(diagnostic => FindFunction(root, diagnostic)).OfType<SyntaxNode>().Distinct())
            {
                if (await CanReturnTaskAsync(document, function, fixAllContext.CancellationToken).ConfigureAwait(false))
                {
                    functions.Add(function);
                }
            }

            return await ReturnTaskAsync(document, functions, fixAllContext.CancellationToken).ConfigureAwait(false);
        }
    }
}
