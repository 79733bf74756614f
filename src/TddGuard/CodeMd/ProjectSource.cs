using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TddGuard.CodeMd;

/// <summary>A project file read from disk: where its sources are and which projects it references.</summary>
/// <param name="ProjectFile">The project file's full path.</param>
/// <param name="Folder">The project's folder.</param>
/// <param name="ReferencedProjectFiles">The full paths of the project files it references.</param>
/// <param name="RemovedFolders">Folders its <c>Compile Remove</c> items exclude.</param>
/// <param name="HasImplicitUsings">Whether the SDK adds its implicit global usings.</param>
internal sealed record ProjectSource(string ProjectFile, string Folder, IReadOnlyList<string> ReferencedProjectFiles, IReadOnlyList<string> RemovedFolders, bool HasImplicitUsings)
{
    private const string SourcePattern = "*.cs";

    public required ProjectInfo Info { get; init; }

    /// <summary>Its C# files: under its folder, outside build output, hidden, removed and nested projects' folders; sorted.</summary>
    public IReadOnlyList<string> SourceFiles(IReadOnlySet<string> otherProjectFolders) =>
        [.. ProjectDiscovery.FilesUnder(new DirectoryInfo(Folder), SourcePattern)
            .Where(file => !RemovedFolders.Any(removed => IsUnder(file, removed)))
            .Where(file => !otherProjectFolders.Any(other => other.Length > Folder.Length && IsUnder(other, Folder) && IsUnder(file, other)))
            .Order(StringComparer.Ordinal)];

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
