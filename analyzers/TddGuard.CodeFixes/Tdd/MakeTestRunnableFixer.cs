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
using Microsoft.CodeAnalysis.Simplification;
using TddGuard.Analyzers.Shared;
using TddGuard.Analyzers.Tdd;
using TddGuard.CodeFixes.Shared;

namespace TddGuard.CodeFixes.Tdd;

/// <summary>
/// TG1006 fix: adds the missing test attribute, makes an async void test async Task, makes a test public, or makes
/// a static test an instance method, whichever the diagnostic names. Generic tests get no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeTestRunnableFixer)), Shared]
public sealed class MakeTestRunnableFixer : CodeFixProvider
{
    private const string EquivalenceKey = nameof(MakeTestRunnableFixer);

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.TestNeverRuns);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => new MakeTestsRunnableFixAllProvider();

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (TitleOf(diagnostic) is not { } title)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static string? TitleOf(Diagnostic diagnostic) => FixOf(diagnostic) switch
    {
        TestNeverRunsAnalyzer.AddTestAttributeFix when AttributeNameOf(diagnostic) is { } name => $"Add [{name.Split('.').Last()}]",
        TestNeverRunsAnalyzer.MakeAsyncTaskFix => "Make it async Task",
        TestNeverRunsAnalyzer.MakePublicFix => "Make it public",
        TestNeverRunsAnalyzer.MakeInstanceFix => "Make it an instance method",
        _ => null,
    };

    private static string? FixOf(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(TestNeverRunsAnalyzer.FixProperty, out var fix) ? fix : null;

    /// <summary>The attribute to add as written in code: <c>NUnit.Framework.Test</c> for <c>NUnit.Framework.TestAttribute</c>.</summary>
    private static string? AttributeNameOf(Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(TestNeverRunsAnalyzer.AttributeProperty, out var metadataName) || string.IsNullOrEmpty(metadataName))
        {
            return null;
        }

        return metadataName!.EndsWith("Attribute", System.StringComparison.Ordinal)
            ? metadataName.Substring(0, metadataName.Length - "Attribute".Length)
            : metadataName;
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var endOfLine = await LineEndings.OfAsync(document, root, cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in diagnostics)
        {
            var method = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<MethodDeclarationSyntax>();
            if (method is null)
            {
                continue;
            }

            switch (FixOf(diagnostic))
            {
                case TestNeverRunsAnalyzer.AddTestAttributeFix when AttributeNameOf(diagnostic) is { } attributeName:
                    editor.ReplaceNode(method, (current, _) => AddAttribute((MethodDeclarationSyntax)current, attributeName, endOfLine));
                    break;
                case TestNeverRunsAnalyzer.MakeAsyncTaskFix:
                    editor.ReplaceNode(method, (current, _) => ReturnTask((MethodDeclarationSyntax)current));
                    break;
                case TestNeverRunsAnalyzer.MakePublicFix:
                    editor.ReplaceNode(method, (current, _) => MakePublic((MethodDeclarationSyntax)current));
                    break;
                case TestNeverRunsAnalyzer.MakeInstanceFix:
                    editor.ReplaceNode(method, (current, _) => RemoveStatic((MethodDeclarationSyntax)current));
                    break;
            }
        }

        var changed = editor.GetChangedDocument();
        changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Puts <c>[Attribute]</c> on its own line above the method, at the method's indentation.</summary>
    private static MethodDeclarationSyntax AddAttribute(MethodDeclarationSyntax method, string attributeName, SyntaxTrivia endOfLine)
    {
        var firstToken = method.GetFirstToken();
        var leading = firstToken.LeadingTrivia;
        var indentation = leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia) ? leading.Last() : SyntaxFactory.Whitespace(string.Empty);
        var attribute = SyntaxFactory.Attribute(QualifiedForSimplification(attributeName));
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute))
            .WithLeadingTrivia(leading)
            .WithTrailingTrivia(endOfLine);
        var withoutLeading = method.ReplaceToken(firstToken, firstToken.WithLeadingTrivia(indentation));
        return withoutLeading.WithAttributeLists(withoutLeading.AttributeLists.Insert(0, list));
    }

    private static MethodDeclarationSyntax ReturnTask(MethodDeclarationSyntax method) =>
        method.WithReturnType(QualifiedForSimplification("System.Threading.Tasks.Task").WithTriviaFrom(method.ReturnType));

    private static MethodDeclarationSyntax MakePublic(MethodDeclarationSyntax method)
    {
        var modifiers = method.Modifiers;
        var kept = modifiers.Where(modifier => !IsAccessModifier(modifier)).ToList();
        if (modifiers.Count == 0)
        {
            var returnType = method.ReturnType;
            return method
                .WithReturnType(returnType.WithLeadingTrivia())
                .WithModifiers(SyntaxFactory.TokenList(PublicKeyword(returnType.GetLeadingTrivia())));
        }

        if (kept.Count > 0 && kept[0] == modifiers[0])
        {
            // An access modifier after another modifier ('static private'): put 'public' first, keep the rest in order.
            kept[0] = kept[0].WithLeadingTrivia();
        }

        return method.WithModifiers(SyntaxFactory.TokenList(kept.Prepend(PublicKeyword(modifiers[0].LeadingTrivia))));
    }

    private static MethodDeclarationSyntax RemoveStatic(MethodDeclarationSyntax method)
    {
        var modifiers = method.Modifiers;
        var index = modifiers.IndexOf(SyntaxKind.StaticKeyword);
        if (index < 0)
        {
            return method;
        }

        var leading = modifiers[index].LeadingTrivia;
        var remaining = modifiers.RemoveAt(index);
        if (index > 0)
        {
            return method.WithModifiers(remaining);
        }

        // 'static' came first: the token after it inherits its indentation.
        return remaining.Count > 0
            ? method.WithModifiers(remaining.Replace(remaining[0], remaining[0].WithLeadingTrivia(leading)))
            : method.WithModifiers(remaining).WithReturnType(method.ReturnType.WithLeadingTrivia(leading));
    }

    private static SyntaxToken PublicKeyword(SyntaxTriviaList leading) =>
        SyntaxFactory.Token(leading, SyntaxKind.PublicKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));

    private static bool IsAccessModifier(SyntaxToken modifier) =>
        modifier.IsKind(SyntaxKind.PublicKeyword)
        || modifier.IsKind(SyntaxKind.PrivateKeyword)
        || modifier.IsKind(SyntaxKind.ProtectedKeyword)
        || modifier.IsKind(SyntaxKind.InternalKeyword);

    /// <summary>A fully qualified name that the simplifier shortens, adding its <c>using</c> directive when missing.</summary>
    private static NameSyntax QualifiedForSimplification(string qualifiedName) =>
        SyntaxFactory.ParseName(qualifiedName).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    private sealed class MakeTestsRunnableFixAllProvider : DocumentBasedFixAllProvider
    {
        protected override string GetFixAllTitle(FixAllContext fixAllContext) => "Make tests runnable";

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics) =>
            await FixAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
