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
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Shared;

namespace TddGuard.CodeFixes.Design;

/// <summary>
/// TG2013 fix: adds <c>CancellationToken cancellationToken = default</c> as the method's last parameter and passes
/// it to every awaited call in its body that can take one (the calls the diagnostic is about).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddCancellationTokenParameterFixer)), Shared]
public sealed class AddCancellationTokenParameterFixer : CodeFixProvider
{
    private const string Title = "Add a CancellationToken parameter and forward it";
    private const string ParameterName = "cancellationToken";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.MissingCancellationToken);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => new AddTokenFixAllProvider();

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
            if (FindMethod(root, diagnostic) is not { } method
                || await RewriteAsync(context.Document, method, context.CancellationToken).ConfigureAwait(false) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => AddTokenAsync(context.Document, [method], cancellationToken),
                    equivalenceKey: Title),
                diagnostic);
        }
    }

    private static MethodDeclarationSyntax? FindMethod(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindToken(diagnostic.Location.SourceSpan.Start).Parent as MethodDeclarationSyntax;

    private static async Task<Document> AddTokenAsync(Document document, IReadOnlyCollection<MethodDeclarationSyntax> methods, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var rewritten = new Dictionary<MethodDeclarationSyntax, MethodDeclarationSyntax>();
        foreach (var method in methods)
        {
            if (await RewriteAsync(document, method, cancellationToken).ConfigureAwait(false) is { } withToken)
            {
                rewritten[method] = withToken;
            }
        }

        if (rewritten.Count == 0)
        {
            return document;
        }

        // Reported methods never contain one another (local functions are not reported), so each is replaced whole.
        var newRoot = root.ReplaceNodes(rewritten.Keys, (original, _) => rewritten[original]);
        return await ImportsAndSimplification.ApplyAsync(document.WithSyntaxRoot(newRoot), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The method with the new parameter and the token passed on, or null where a new parameter would break
    /// code: the method is used as a delegate, can be overridden, or ends in a <c>params</c> parameter (calls
    /// that pass its elements would bind the first one to the token).
    /// </summary>
    private static async Task<MethodDeclarationSyntax?> RewriteAsync(Document document, MethodDeclarationSyntax method, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null
            || CancellationTokenForwarding.Resolve(model.Compilation) is not { } forwarding
            || model.GetDeclaredSymbol(method, cancellationToken) is not { } symbol
            || symbol.IsVirtual
            || symbol.IsAbstract
            || symbol.ContainingType.TypeKind == TypeKind.Interface
            || symbol.Parameters.Any(parameter => parameter.IsParams)
            || model.GetOperation(method, cancellationToken) is not { } body)
        {
            return null;
        }

        var sites = forwarding.FindSites(body).ToDictionary(site => site.Syntax);
        if (sites.Count == 0 || await DelegateUsages.IsUsedAsDelegateAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var name = UnusedName(method);
        var forwarded = method.ReplaceNodes(sites.Keys, (original, call) => call.WithArgumentList(call.ArgumentList.WithArguments(
            SeparatedLists.Insert(call.ArgumentList.Arguments, call.ArgumentList.Arguments.Count, TokenArgument(sites[original].ParameterName, name)))));
        var parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier(name))
            .WithType(ImportsAndSimplification.QualifiedType("System.Threading.CancellationToken").WithTrailingTrivia(SyntaxFactory.Space))
            .WithDefault(SyntaxFactory.EqualsValueClause(SyntaxFactory.LiteralExpression(SyntaxKind.DefaultLiteralExpression))
                .WithEqualsToken(SyntaxFactory.Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space)));
        var parameters = forwarded.ParameterList.Parameters;
        return forwarded.WithParameterList(forwarded.ParameterList.WithParameters(SeparatedLists.Insert(parameters, parameters.Count, parameter)));
    }

    private static ArgumentSyntax TokenArgument(string? parameterName, string tokenName)
    {
        var argument = SyntaxFactory.Argument(SyntaxFactory.IdentifierName(tokenName));
        return parameterName is null
            ? argument
            : argument.WithNameColon(SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(parameterName)).WithTrailingTrivia(SyntaxFactory.Space));
    }

    /// <summary><c>cancellationToken</c>, or with a number when the method already uses that name for anything.</summary>
    private static string UnusedName(MethodDeclarationSyntax method)
    {
        var used = new HashSet<string>(
            method.DescendantTokens().Where(token => token.IsKind(SyntaxKind.IdentifierToken)).Select(token => token.ValueText),
            System.StringComparer.Ordinal);
        var name = ParameterName;
        for (var suffix = 1; used.Contains(name); suffix++)
        {
            name = ParameterName + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    private sealed class AddTokenFixAllProvider : DocumentBasedFixAllProvider
    {
        protected override string GetFixAllTitle(FixAllContext fixAllContext) => Title;

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var root = await document.GetSyntaxRootAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var methods = diagnostics.Select(diagnostic => FindMethod(root, diagnostic)).OfType<MethodDeclarationSyntax>().Distinct().ToList();
            return await AddTokenAsync(document, methods, fixAllContext.CancellationToken).ConfigureAwait(false);
        }
    }
}
