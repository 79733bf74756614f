using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TddGuard.CodeMd;

namespace TddGuard.Verify;

/// <summary>The projects of a repository, read without MSBuild: the production members with a body, and the test projects.</summary>
/// <param name="Members">Every production member with a body, in file then line order.</param>
/// <param name="ProductionFolders">The folders of the production projects whose members were read.</param>
/// <param name="TestProjectFiles">The full paths of the test projects' project files.</param>
/// <param name="TestSourceFiles">The full paths of the test projects' C# files.</param>
/// <param name="Problems">Project files that could not be read.</param>
internal sealed record ProductionCode(
    IReadOnlyList<ProductionMember> Members,
    IReadOnlyList<string> ProductionFolders,
    IReadOnlyList<string> TestProjectFiles,
    IReadOnlyList<string> TestSourceFiles,
    IReadOnlyList<InputProblem> Problems)
{
    private const string ProjectExtension = ".csproj";
    private const string GeneratedExtension = ".g.cs";

    /// <summary>Reads the projects <paramref name="target"/> names (a folder, a solution, or a project and its repository's tests).</summary>
    /// <exception cref="TddGuardInputException">The target names no C# project.</exception>
    public static async Task<ProductionCode> ReadAsync(string repositoryRoot, string target, CancellationToken cancellationToken)
    {
        var isProject = target.EndsWith(ProjectExtension, StringComparison.OrdinalIgnoreCase);
        var problems = new List<InputProblem>();
        var sources = new List<ProjectSource>();
        foreach (var file in ProjectDiscovery.ProjectFiles(isProject ? repositoryRoot : target))
        {
            var (source, problem) = await ProjectDiscovery.ReadAsync(repositoryRoot, file, cancellationToken).ConfigureAwait(false);
            sources.AddRange(source is null ? [] : [source]);
            problems.AddRange(problem is null ? [] : [problem]);
        }

        if (sources.Count == 0)
        {
            throw new TddGuardInputException($"{target} holds no C# project (*.csproj): pass a folder, a solution or a project.");
        }

        var folders = sources.Select(source => source.Folder).ToHashSet(StringComparer.Ordinal);
        var projects = new List<ParsedProject>();
        foreach (var source in sources)
        {
            projects.Add(await ParsedProject.ParseAsync(repositoryRoot, source, folders, cancellationToken).ConfigureAwait(false));
        }

        var production = projects.Where(project => !project.IsTest && (!isProject || project.Source.ProjectFile == target)).ToList();
        var tests = projects.Where(project => project.IsTest).ToList();
        return new ProductionCode(
            MembersOf(production),
            [.. production.Select(project => project.Source.Folder)],
            [.. tests.Select(project => project.Source.ProjectFile)],
            [.. tests.SelectMany(project => project.Source.SourceFiles(folders))],
            problems);
    }

    private static List<ProductionMember> MembersOf(List<ParsedProject> production)
    {
        var compilations = new ProjectCompilations(production);
        return [.. production.SelectMany(project =>
        {
            var compilation = compilations.For(project);
            return project.Trees
                .Where(tree => !tree.FilePath.EndsWith(GeneratedExtension, StringComparison.OrdinalIgnoreCase))
                .SelectMany(tree => MutantSchemata.Members(tree, compilation.GetSemanticModel(tree), project.Source.Info.Name));
        })
        .OrderBy(member => member.Location.File, StringComparer.Ordinal)
        .ThenBy(member => member.Location.Line)];
    }

    /// <summary>Whether <paramref name="member"/> belongs to the project <paramref name="project"/> names (its name or its file).</summary>
    public static bool IsIn(ProductionMember member, string project) =>
        string.Equals(member.Project, project, StringComparison.OrdinalIgnoreCase)
        || string.Equals(member.Project, Path.GetFileNameWithoutExtension(project), StringComparison.OrdinalIgnoreCase);
}
