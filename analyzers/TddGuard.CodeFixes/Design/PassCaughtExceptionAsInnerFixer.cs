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
using Microsoft.CodeAnalysis.Editing;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Shared;

namespace TddGuard.CodeFixes.Design;

/// <summary>
/// TG2008 fix: passes the caught exception as the new exception's last argument, the constructor parameter the
/// analyzer found for it. A catch without a variable gets one (<c>exception</c>, or the first free
/// <c>exceptionN</c>); a bare <c>catch</c> becomes <c>catch (Exception exception)</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PassCaughtExceptionAsInnerFixer)), Shared]
public sealed class PassCaughtExceptionAsInnerFixer : CodeFixProvider
{
    private const string Title = "Pass the caught exception as inner exception";
    private const string PreferredName = "exception";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.ExceptionContextLost);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => new PassCaughtExceptionFixAllProvider();

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
            if (FindTarget(root, diagnostic) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => PassCaughtExceptionAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                    equivalenceKey: Title),
                diagnostic);
        }
    }

    internal static async Task<Document> PassCaughtExceptionAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var root = editor.OriginalRoot;
        var model = editor.SemanticModel;
        var namedCatches = new Dictionary<CatchClauseSyntax, string>();

        // In the order of the diagnostics, so that Fix All names catches as fixing them one by one would.
        foreach (var diagnostic in diagnostics.OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start))
        {
            if (FindTarget(root, diagnostic) is not { } target)
            {
                continue;
            }

            var (creation, catchClause) = target;

            var caughtName = catchClause.Declaration?.Identifier.ValueText;
            if (string.IsNullOrEmpty(caughtName) && !namedCatches.TryGetValue(catchClause, out caughtName))
            {
                var name = ChooseName(model, catchClause, namedCatches);
                namedCatches.Add(catchClause, name);
                editor.ReplaceNode(catchClause, (current, _) => DeclareVariable((CatchClauseSyntax)current, name, model));
                caughtName = name;
            }

            diagnostic.Properties.TryGetValue(ExceptionContextLostAnalyzer.InnerExceptionParameterProperty, out var parameterName);
            var argumentName = caughtName!;
            editor.ReplaceNode(creation, (current, _) => AppendArgument((ObjectCreationExpressionSyntax)current, argumentName, parameterName));
        }

        return editor.GetChangedDocument();
    }

    private static (ObjectCreationExpressionSyntax Creation, CatchClauseSyntax CatchClause)? FindTarget(SyntaxNode root, Diagnostic diagnostic)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ObjectCreationExpressionSyntax creation)
        {
            return null;
        }

        // The analyzer reports only throws that the catch block itself runs, never across a lambda or local function.
        var catchClause = creation.FirstAncestorOrSelf<CatchClauseSyntax>();
        return catchClause is null ? null : (creation, catchClause);
    }

    /// <summary>
    /// <c>exception</c>, or <c>exception1</c>, <c>exception2</c>, ...: the first name that is neither in scope at
    /// the catch block, nor used inside the catch clause, nor given to an enclosing or nested catch by this fix.
    /// </summary>
    private static string ChooseName(SemanticModel model, CatchClauseSyntax catchClause, Dictionary<CatchClauseSyntax, string> namedCatches)
    {
        var taken = new HashSet<string>(
            catchClause.DescendantTokens().Where(token => token.IsKind(SyntaxKind.IdentifierToken)).Select(token => token.ValueText));
        foreach (var other in namedCatches)
        {
            if (other.Key.Span.Contains(catchClause.Span) || catchClause.Span.Contains(other.Key.Span))
            {
                taken.Add(other.Value);
            }
        }

        var position = catchClause.Block.OpenBraceToken.Span.End;
        var name = PreferredName;
        for (var suffix = 1; taken.Contains(name) || !model.LookupSymbols(position, name: name).IsEmpty; suffix++)
        {
            name = PreferredName + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    private static CatchClauseSyntax DeclareVariable(CatchClauseSyntax catchClause, string name, SemanticModel model)
    {
        if (catchClause.Declaration is { } declaration)
        {
            var typeTrivia = declaration.Type.GetTrailingTrivia();
            var separated = typeTrivia.Count > 0 && typeTrivia[typeTrivia.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia);
            var identifier = SyntaxFactory.Identifier(separated ? default : SyntaxFactory.TriviaList(SyntaxFactory.Space), name, default);
            return catchClause.WithDeclaration(declaration.WithIdentifier(identifier));
        }

        // A bare catch catches everything; System.Exception is what a variable of it can be.
        var keyword = catchClause.CatchKeyword;
        var newDeclaration = SyntaxFactory.CatchDeclaration(
            Token(SyntaxKind.OpenParenToken),
            ExceptionTypeAt(model, keyword.SpanStart),
            SyntaxFactory.Identifier(default, name, default),
            Token(SyntaxKind.CloseParenToken).WithTrailingTrivia(keyword.TrailingTrivia));
        return catchClause
            .WithCatchKeyword(keyword.WithTrailingTrivia(SyntaxFactory.Space))
            .WithDeclaration(newDeclaration);
    }

    /// <summary><c>Exception</c> when that name means <c>System.Exception</c> here, else the qualified name.</summary>
    private static TypeSyntax ExceptionTypeAt(SemanticModel model, int position)
    {
        var visible = model.LookupNamespacesAndTypes(position, name: nameof(System.Exception));
        var isSystemException = visible.Length == 1
            && visible[0] is INamedTypeSymbol { Arity: 0, ContainingNamespace: { Name: nameof(System), ContainingNamespace.IsGlobalNamespace: true } };
        return SyntaxFactory.ParseTypeName(isSystemException ? "Exception" : "System.Exception")
            .WithTrailingTrivia(SyntaxFactory.Space);
    }

    /// <summary>Appends the caught exception, named when the call already names its arguments.</summary>
    private static ObjectCreationExpressionSyntax AppendArgument(ObjectCreationExpressionSyntax creation, string caughtName, string? parameterName)
    {
        var argument = SyntaxFactory.Argument(SyntaxFactory.IdentifierName(IdentifierToken(caughtName)));
        var list = creation.ArgumentList;
        if (list is null)
        {
            // new E { ... } has no parentheses: they go between the type and the initializer.
            return creation
                .WithType(creation.Type.WithoutTrailingTrivia())
                .WithArgumentList(SyntaxFactory.ArgumentList(
                    Token(SyntaxKind.OpenParenToken),
                    SyntaxFactory.SingletonSeparatedList(argument),
                    Token(SyntaxKind.CloseParenToken).WithTrailingTrivia(creation.Type.GetTrailingTrivia())));
        }

        if (list.Arguments.Count == 0)
        {
            return creation.WithArgumentList(list.WithArguments(SyntaxFactory.SingletonSeparatedList(argument)));
        }

        if (parameterName is not null && list.Arguments.Any(existing => existing.NameColon is not null))
        {
            argument = argument.WithNameColon(SyntaxFactory.NameColon(
                SyntaxFactory.IdentifierName(IdentifierToken(parameterName)),
                Token(SyntaxKind.ColonToken).WithTrailingTrivia(SyntaxFactory.Space)));
        }

        // The comma goes right after the last argument; whatever trailed it (a comment, a line break) now trails ours.
        var last = list.Arguments.Last();
        var arguments = list.Arguments.Replace(last, last.WithoutTrailingTrivia());
        var separators = arguments.GetSeparators().Append(Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        return creation.WithArgumentList(list.WithArguments(
            SyntaxFactory.SeparatedList(arguments.Append(argument.WithTrailingTrivia(last.GetTrailingTrivia())), separators)));
    }

    /// <summary>An identifier for a name, verbatim (<c>@event</c>) when the name is a keyword.</summary>
    private static SyntaxToken IdentifierToken(string name) =>
        SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
            ? SyntaxFactory.Identifier(default, name, default)
            : SyntaxFactory.Identifier(default, SyntaxKind.IdentifierToken, "@" + name, name, default);

    /// <summary>A token without the elastic trivia of <see cref="SyntaxFactory.Token(SyntaxKind)"/>, so no formatter moves what is around it.</summary>
    private static SyntaxToken Token(SyntaxKind kind) => SyntaxFactory.Token(default, kind, default);

    private sealed class PassCaughtExceptionFixAllProvider : DocumentBasedFixAllProvider
    {
        protected override string GetFixAllTitle(FixAllContext fixAllContext) => Title;

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics) =>
            await PassCaughtExceptionAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
