using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TddGuard.CodeMd;

/// <summary>
/// One compilation per project, without MSBuild: its parsed sources, the running runtime's framework assemblies and
/// the compilations of the projects it references. Package references are not resolved; their types stay unbound,
/// which changes nothing the document shows but a namespace-less name.
/// </summary>
internal sealed class ProjectCompilations
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_frameworkReferences = new(FrameworkReferences);

    private static readonly CSharpCompilationOptions s_options = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: false);

    private readonly Dictionary<string, ParsedProject> _projects;
    private readonly Dictionary<string, CSharpCompilation> _compilations = new(StringComparer.Ordinal);

    public ProjectCompilations(IEnumerable<ParsedProject> projects)
    {
        _projects = projects.ToDictionary(project => project.Source.ProjectFile, StringComparer.Ordinal);
    }

    /// <summary>The compilation of <paramref name="project"/>, created once, after those it references.</summary>
    public CSharpCompilation For(ParsedProject project) => For(project, []);

    private CSharpCompilation For(ParsedProject project, HashSet<string> visiting)
    {
        if (_compilations.TryGetValue(project.Source.ProjectFile, out var existing))
        {
            return existing;
        }

        _ = visiting.Add(project.Source.ProjectFile);
        var references = project.Source.ReferencedProjectFiles
            .Where(file => !visiting.Contains(file) && _projects.ContainsKey(file))
            .Select(file => (MetadataReference)For(_projects[file], visiting).ToMetadataReference());
        var compilation = CSharpCompilation.Create(
            project.Source.Info.Name,
            project.Trees,
            [.. s_frameworkReferences.Value, .. references],
            s_options);
        _compilations.Add(project.Source.ProjectFile, compilation);
        return compilation;
    }

    private static IReadOnlyList<MetadataReference> FrameworkReferences()
    {
        var folder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var assemblies = ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), folder, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return [.. assemblies.Select(path => MetadataReference.CreateFromFile(path))];
    }
}
