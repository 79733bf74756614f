using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using TddGuard.CodeFixes.Shared;

namespace TddGuard.CodeFixes.Tdd;

/// <summary>
/// Writes failing tests for members of one production type into a test project: into its existing
/// <c>&lt;Type&gt;Tests</c> class (in any document), or into a new <c>&lt;Type&gt;Tests.cs</c> in the folders that
/// mirror the production document's. Roslyn 4.8 has no public way to
/// move the caret to the new test (<c>NavigationAnnotation</c> and <c>DocumentNavigationOperation</c> are internal).
/// </summary>
internal static class FailingTestWriter
{
    private const string TestClassSuffix = "Tests";
    private const string IndentUnit = "    ";

    /// <summary>Writes a test per target; the targets are of one type, one per subject.</summary>
    public static async Task<Solution> WriteAsync(Solution solution, TestProjectCandidate candidate, IReadOnlyList<TestTarget> targets, CancellationToken cancellationToken)
    {
        var project = solution.GetProject(candidate.Project.Id);
        var compilation = project is null ? null : await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (project is null || compilation is null || targets.Count == 0)
        {
            return solution;
        }

        var className = targets[0].Type.Name + TestClassSuffix;
        var existing = compilation.GetSymbolsWithName(className, SymbolFilter.Type, cancellationToken)
            .OfType<INamedTypeSymbol>()
            .FirstOrDefault(type => type.TypeKind == TypeKind.Class && !type.DeclaringSyntaxReferences.IsEmpty);
        var imported = TestUsings.GlobalUsings(compilation, cancellationToken);
        return existing is null
            ? await AddTestClassAsync(project, candidate.Framework, className, targets, imported, cancellationToken).ConfigureAwait(false)
            : await AddToTestClassAsync(solution, existing, candidate.Framework, targets, imported, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Solution> AddToTestClassAsync(
        Solution solution, INamedTypeSymbol testClass, TestFrameworkSyntax framework, IReadOnlyList<TestTarget> targets, HashSet<string> imported, CancellationToken cancellationToken)
    {
        var reference = testClass.DeclaringSyntaxReferences[0];
        var document = solution.GetDocument(reference.SyntaxTree);
        if (document is null
            || await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not ClassDeclarationSyntax declaration
            || declaration.SyntaxTree.GetRoot(cancellationToken) is not CompilationUnitSyntax root)
        {
            return solution;
        }

        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var endOfLine = (await LineEndings.OfAsync(document, root, cancellationToken).ConfigureAwait(false)).ToString();
        var tests = NamedTest.ForTargets(targets, testClass.MemberNames);
        var methods = new FailingTestText(framework, endOfLine).Methods(tests, MemberIndentation(text, declaration));
        imported.UnionWith(TestUsings.ImportedAround(declaration));
        var testNamespace = testClass.ContainingNamespace.IsGlobalNamespace ? string.Empty : testClass.ContainingNamespace.ToDisplayString();
        var usings = TestUsings.Needed(framework, targets, testNamespace, imported);
        var changes = TestUsings.Insertions(root, text, usings, endOfLine)
            .Append(MethodInsertion(text, declaration, methods, endOfLine))
            .OrderBy(change => change.Span.Start);
        return document.WithText(text.WithChanges(changes)).Project.Solution;
    }

    private static async Task<Solution> AddTestClassAsync(
        Project project, TestFrameworkSyntax framework, string className, IReadOnlyList<TestTarget> targets, HashSet<string> imported, CancellationToken cancellationToken)
    {
        var production = targets[0].Production;
        var testNamespace = TestNamespace(production.Project, project, targets[0].Type);
        var fileScoped = project.ParseOptions is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp10 };
        var endOfLine = await EndOfLineAsync(project.Documents.FirstOrDefault() ?? production, cancellationToken).ConfigureAwait(false);
        var tests = NamedTest.ForTargets(targets, []);
        var usings = TestUsings.Needed(framework, targets, testNamespace, imported);
        var text = new FailingTestText(framework, endOfLine).File(usings, testNamespace, fileScoped, className, tests);
        var (fileName, filePath) = FreeFileName(project, production.Folders, className);
        return project.AddDocument(fileName, SourceText.From(text), production.Folders, filePath).Project.Solution;
    }

    /// <summary>
    /// <c>&lt;Type&gt;Tests.cs</c> in the folders, numbered (<c>…Tests2.cs</c>) when a document of the project already
    /// has that path: applying the change must never overwrite a file that holds something else.
    /// </summary>
    private static (string FileName, string? FilePath) FreeFileName(Project project, IReadOnlyList<string> folders, string className)
    {
        var directory = project.FilePath is null ? null : Path.GetDirectoryName(project.FilePath);
        for (var number = 1; ; number++)
        {
            var fileName = className + (number == 1 ? string.Empty : number.ToString(System.Globalization.CultureInfo.InvariantCulture)) + ".cs";
            var filePath = directory is null ? null : Path.Combine([directory, .. folders, fileName]);
            if (!project.Documents.Any(document => IsAt(document, folders, fileName, filePath)))
            {
                return (fileName, filePath);
            }
        }
    }

    private static bool IsAt(Document document, IReadOnlyList<string> folders, string fileName, string? filePath) =>
        filePath is not null && document.FilePath is not null
            ? string.Equals(document.FilePath, filePath, System.StringComparison.OrdinalIgnoreCase)
            : string.Equals(document.Name, fileName, System.StringComparison.OrdinalIgnoreCase) && document.Folders.SequenceEqual(folders, System.StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The test class's namespace: the test project's root namespace (else its assembly name) followed by what the
    /// production namespace adds to the production project's root namespace: <c>Shop.Pricing</c> in project
    /// <c>Shop</c> is tested in <c>Shop.Tests.Pricing</c>. A namespace outside its project's root gets <c>.Tests</c>.
    /// </summary>
    private static string TestNamespace(Project production, Project tests, INamedTypeSymbol type)
    {
        var testRoot = RootNamespace(tests);
        if (type.ContainingNamespace.IsGlobalNamespace)
        {
            return testRoot;
        }

        var productionNamespace = type.ContainingNamespace.ToDisplayString();
        var productionRoot = RootNamespace(production);
        if (productionNamespace == productionRoot)
        {
            return testRoot;
        }

        return productionNamespace.StartsWith(productionRoot + ".", System.StringComparison.Ordinal)
            ? testRoot + productionNamespace.Substring(productionRoot.Length)
            : productionNamespace + "." + TestClassSuffix;
    }

    private static string RootNamespace(Project project) =>
        string.IsNullOrEmpty(project.DefaultNamespace) ? project.AssemblyName : project.DefaultNamespace!;

    private static async Task<string> EndOfLineAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? "\n" : (await LineEndings.OfAsync(document, root, cancellationToken).ConfigureAwait(false)).ToString();
    }

    /// <summary>The indentation of the class's members: its first member's, else one level deeper than the class.</summary>
    private static string MemberIndentation(SourceText text, ClassDeclarationSyntax declaration) =>
        declaration.Members.FirstOrDefault() is { } member
            ? IndentationAt(text, member.SpanStart)
            : IndentationAt(text, declaration.SpanStart) + IndentUnit;

    private static string IndentationAt(SourceText text, int position)
    {
        var line = text.Lines.GetLineFromPosition(position);
        var leading = text.ToString(TextSpan.FromBounds(line.Start, position));
        return leading.Trim().Length == 0 ? leading : string.Empty;
    }

    /// <summary>Inserts the methods before the class's closing brace, a blank line after its last member.</summary>
    private static TextChange MethodInsertion(SourceText text, ClassDeclarationSyntax declaration, string methods, string endOfLine)
    {
        var closeBrace = declaration.CloseBraceToken.SpanStart;
        var separator = declaration.Members.Count > 0 ? endOfLine : string.Empty;
        var line = text.Lines.GetLineFromPosition(closeBrace);
        if (text.ToString(TextSpan.FromBounds(line.Start, closeBrace)).Trim().Length == 0)
        {
            return new TextChange(new TextSpan(line.Start, 0), separator + methods);
        }

        // The brace shares its line ('{ }'): the methods go on lines of their own, the brace after them.
        var openEnd = declaration.CloseBraceToken.GetPreviousToken().Span.End;
        var between = TextSpan.FromBounds(openEnd, closeBrace);
        var replaced = text.ToString(between).Trim().Length == 0 ? between : new TextSpan(closeBrace, 0);
        return new TextChange(replaced, endOfLine + separator + methods + IndentationAt(text, declaration.SpanStart));
    }
}
