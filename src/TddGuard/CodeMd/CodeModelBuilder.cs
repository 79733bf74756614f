using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.CodeMd;

/// <summary>Builds the <see cref="CodeModel"/> of a solution or folder with Roslyn, without MSBuild or a build.</summary>
internal static class CodeModelBuilder
{
    private const string NamespaceDocType = "NamespaceDoc";
    private const string DocCommentPrefix = "///";

    /// <summary>Reads, parses and binds the projects named by <paramref name="codePath"/>.</summary>
    /// <exception cref="TddGuardInputException">The code path does not exist or names no project.</exception>
    public static async Task<(CodeModel Model, IReadOnlyList<InputProblem> Problems)> BuildAsync(string repositoryRoot, string codePath, CancellationToken cancellationToken)
    {
        var problems = new List<InputProblem>();
        var sources = new List<ProjectSource>();
        foreach (var file in ProjectDiscovery.ProjectFiles(codePath))
        {
            var (source, problem) = await ProjectDiscovery.ReadAsync(repositoryRoot, file, cancellationToken).ConfigureAwait(false);
            sources.AddRange(source is null ? [] : [source]);
            problems.AddRange(problem is null ? [] : [problem]);
        }

        if (sources.Count == 0 && problems.Count == 0)
        {
            throw new TddGuardInputException($"{RepositoryPaths.Relative(repositoryRoot, codePath)} holds no C# project (*.csproj): pass a solution or a folder with projects with --code.");
        }

        var folders = sources.Select(source => source.Folder).ToHashSet(StringComparer.Ordinal);
        var projects = new List<ParsedProject>();
        foreach (var source in sources)
        {
            projects.Add(await ParsedProject.ParseAsync(repositoryRoot, source, folders, cancellationToken).ConfigureAwait(false));
        }

        return (Build(projects, repositoryRoot), problems);
    }

    private static CodeModel Build(IReadOnlyList<ParsedProject> projects, string repositoryRoot)
    {
        var production = projects.Where(project => !project.IsTest).ToList();
        var compilations = new ProjectCompilations(production);
        var types = production
            .SelectMany(project => PublicSurface.Types(compilations.For(project)).Select(type => (Project: project.Source.Info.Path, Type: type)))
            .ToList();
        var documented = types.Select(entry => PublicSurface.NamespaceOf(entry.Type)).ToHashSet(StringComparer.Ordinal);
        var typeNames = production.SelectMany(project => project.Roots).SelectMany(DeclaredTypeNames).ToHashSet(StringComparer.Ordinal);
        var edges = production
            .SelectMany(project => NamespaceDependencies.Find(compilations.For(project), typeNames, documented))
            .Distinct()
            .ToList();
        var testClasses = projects.Where(project => project.IsTest).SelectMany(project => TestClasses.In(project.Roots)).ToList();
        var purposes = NamespacePurposes(production.SelectMany(project => project.Roots));
        var namespaces = types
            .GroupBy(entry => PublicSurface.NamespaceOf(entry.Type), StringComparer.Ordinal)
            .Select(group => Namespace(group.Key, [.. group], purposes, edges, testClasses))
            .OrderBy(space => space.Name, StringComparer.Ordinal);
        return new CodeModel(
            [.. projects.Select(project => project.Source.Info).OrderBy(info => info.Path, StringComparer.Ordinal)],
            [.. namespaces],
            KnownNames.Collect(projects.SelectMany(project => project.Roots), repositoryRoot));
    }

    private static NamespaceInfo Namespace(
        string name,
        List<(string Project, INamedTypeSymbol Type)> entries,
        IReadOnlyDictionary<string, string> purposes,
        List<(string From, string To)> edges,
        List<(string Name, IReadOnlySet<string> Names)> testClasses)
    {
        var types = entries.Where(entry => entry.Type.Name != NamespaceDocType)
            .Select(entry => PublicSurface.Describe(entry.Type))
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .ToList();
        var simpleNames = types.Select(type => type.SimpleName).ToHashSet(StringComparer.Ordinal);
        var mainType = types.Where(type => type.Summary.Length > 0).OrderByDescending(type => type.Members.Count).FirstOrDefault();
        return new NamespaceInfo(
            name,
            [.. entries.Select(entry => entry.Project).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            purposes.GetValueOrDefault(name) ?? (mainType is null ? string.Empty : DocComments.FirstSentence(mainType.Summary)),
            types,
            [.. edges.Where(edge => edge.From == name).Select(edge => edge.To).Order(StringComparer.Ordinal)],
            [.. edges.Where(edge => edge.To == name).Select(edge => edge.From).Order(StringComparer.Ordinal)],
            [.. testClasses.Where(test => test.Names.Overlaps(simpleNames)).Select(test => test.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    private static IEnumerable<string> DeclaredTypeNames(SyntaxNode root) =>
        root.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
            .Select(node => node switch
            {
                BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
                DelegateDeclarationSyntax type => type.Identifier.ValueText,
                _ => null,
            })
            .OfType<string>();

    /// <summary>
    /// The summary written on a namespace declaration or on a class named <c>NamespaceDoc</c> in it (the convention
    /// of documentation tools, since the compiler rejects comments on namespaces), the first one in file order.
    /// </summary>
    private static Dictionary<string, string> NamespacePurposes(IEnumerable<SyntaxNode> roots)
    {
        var purposes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var declaration in roots.SelectMany(root => root.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<BaseNamespaceDeclarationSyntax>()))
        {
            var namespaceDoc = declaration.Members.OfType<ClassDeclarationSyntax>().FirstOrDefault(type => type.Identifier.ValueText == NamespaceDocType);
            var comment = new[] { Summary(declaration), namespaceDoc is null ? string.Empty : Summary(namespaceDoc) }.FirstOrDefault(summary => summary.Length > 0);
            if (comment is not null)
            {
                _ = purposes.TryAdd(FullName(declaration), comment);
            }
        }

        return purposes;
    }

    private static string Summary(SyntaxNode node) =>
        node.GetLeadingTrivia()
            .Select(trivia => trivia.GetStructure())
            .OfType<DocumentationCommentTriviaSyntax>()
            .Select(doc => DocComments.Summary(doc.Content.ToFullString().Replace(DocCommentPrefix, " ", StringComparison.Ordinal)))
            .FirstOrDefault(summary => summary.Length > 0) ?? string.Empty;

    private static string FullName(BaseNamespaceDeclarationSyntax declaration) =>
        string.Join('.', declaration.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(space => space.Name.ToString()));
}
