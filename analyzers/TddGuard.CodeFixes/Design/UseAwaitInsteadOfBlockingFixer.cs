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
using Microsoft.CodeAnalysis.Simplification;
using TddGuard.Analyzers.Shared;

namespace TddGuard.CodeFixes.Design;

/// <summary>
/// TG2012 fix: <c>t.Result</c>, <c>t.GetAwaiter().GetResult()</c> and <c>t.Wait()</c> become <c>await t</c>, where
/// the enclosing function is already async (or is the top-level program) and <c>await</c> is allowed there.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseAwaitInsteadOfBlockingFixer)), Shared]
public sealed class UseAwaitInsteadOfBlockingFixer : CodeFixProvider
{
    private const string Title = "Use await";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.BlockingOnAsync);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => new UseAwaitFixAllProvider();

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
            if (FindFixableBlocking(root, diagnostic) is not { } blocking)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => AwaitAsync(context.Document, [blocking], cancellationToken),
                    equivalenceKey: Title),
                diagnostic);
        }
    }

    /// <summary>The whole blocking expression named by the diagnostic, when awaiting its task is a safe replacement.</summary>
    private static ExpressionSyntax? FindFixableBlocking(SyntaxNode root, Diagnostic diagnostic)
    {
        if (root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not SimpleNameSyntax { Parent: MemberAccessExpressionSyntax access } name
            || access.Name != name)
        {
            return null;
        }

        ExpressionSyntax blocking = access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == access ? invocation : access;
        return TaskOf(blocking) is { } task && CanAwaitAt(blocking) && !LosesComments(blocking, task) ? blocking : null;
    }

    /// <summary><c>t</c> in <c>t.Result</c>, <c>t.Wait()</c> and <c>t.GetAwaiter().GetResult()</c>; null for any other shape.</summary>
    private static ExpressionSyntax? TaskOf(ExpressionSyntax blocking) => blocking switch
    {
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Result" } access => access.Expression,
        InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax access } => access.Name.Identifier.ValueText switch
        {
            "Wait" => access.Expression,
            "GetResult" when access.Expression is InvocationExpressionSyntax
            {
                ArgumentList.Arguments.Count: 0,
                Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetAwaiter" } getAwaiter,
            } => getAwaiter.Expression,
            _ => null,
        },
        _ => null,
    };

    /// <summary>
    /// The innermost enclosing function is async (the top-level program becomes async by itself), and the
    /// expression is not where C# forbids <c>await</c>: a lock, a catch filter, a query clause, unsafe code.
    /// </summary>
    private static bool CanAwaitAt(SyntaxNode node)
    {
        if (node.Ancestors().OfType<MemberDeclarationSyntax>().Any(member => member.Modifiers.Any(SyntaxKind.UnsafeKeyword)))
        {
            return false;
        }

        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case LockStatementSyntax or CatchFilterClauseSyntax or QueryExpressionSyntax or UnsafeStatementSyntax:
                    return false;
                case AnonymousFunctionExpressionSyntax function:
                    return function.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword);
                case LocalFunctionStatementSyntax function:
                    return function.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case MethodDeclarationSyntax method:
                    return method.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case GlobalStatementSyntax:
                    return true;
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary>A comment on the part that goes away (<c>.Result</c>, <c>.GetAwaiter().GetResult()</c>) would be lost.</summary>
    private static bool LosesComments(ExpressionSyntax blocking, ExpressionSyntax task)
    {
        var removed = blocking.DescendantTokens().Where(token => token.SpanStart >= task.Span.End).ToList();
        var trivia = task.GetTrailingTrivia()
            .Concat(removed.SelectMany(token => token.LeadingTrivia))
            .Concat(removed.Take(removed.Count - 1).SelectMany(token => token.TrailingTrivia));
        return trivia.Any(piece => !piece.IsKind(SyntaxKind.WhitespaceTrivia) && !piece.IsKind(SyntaxKind.EndOfLineTrivia));
    }

    private static async Task<Document> AwaitAsync(Document document, IReadOnlyCollection<ExpressionSyntax> blockings, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || blockings.Count == 0)
        {
            return document;
        }

        var rewritten = root.ReplaceNodes(blockings, (_, blocking) => Await(blocking));
        return await Simplifier.ReduceAsync(document.WithSyntaxRoot(rewritten), Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Parenthesised for safety (<c>(await t).Length</c>); the simplifier drops the parentheses wherever they are not needed.</summary>
    private static ExpressionSyntax Await(ExpressionSyntax blocking) =>
        TaskOf(blocking) is { } task
            ? SyntaxFactory.ParenthesizedExpression(SyntaxFactory.AwaitExpression(task.WithoutTrivia()))
                .WithLeadingTrivia(blocking.GetLeadingTrivia())
                .WithTrailingTrivia(blocking.GetTrailingTrivia())
                .WithAdditionalAnnotations(Simplifier.Annotation)
            : blocking;

    private sealed class UseAwaitFixAllProvider : DocumentBasedFixAllProvider
    {
        protected override string GetFixAllTitle(FixAllContext fixAllContext) => Title;

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var root = await document.GetSyntaxRootAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var blockings = diagnostics.Select(diagnostic => FindFixableBlocking(root, diagnostic)).OfType<ExpressionSyntax>().Distinct().ToList();
            return await AwaitAsync(document, blockings, fixAllContext.CancellationToken).ConfigureAwait(false);
        }
    }
}
