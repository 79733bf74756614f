using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace TddGuard.TestMap;

/// <summary>
/// Scans every C# file of a repository that can hold a Todo link, skipping build output, hidden folders and nested
/// repositories (a folder with its own <c>design/TODO.md</c>, such as a bundled sample, links to its own checklist).
/// </summary>
public static class TestSourceDiscovery
{
    /// <summary>64 MiB: larger than any C# file a person or a generator writes; larger files are reported unread.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private const string SourcePattern = "*.cs";

    // A file without this word cannot hold a Todo link; skipping it keeps large repositories fast.
    private const string LinkMarker = "Todo";

    // A folder holding this file is a repository of its own, whose tests link to its own checklist.
    private static readonly string s_ownChecklist = Path.Combine("design", "TODO.md");

    private static readonly FrozenSet<string> s_skippedFolders = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "bin", "obj", "TestResults", "node_modules", "artifacts", "BenchmarkDotNet.Artifacts");

    // Folders we may not read are left out rather than failing the scan.
    private static readonly EnumerationOptions s_thisFolderOnly = new() { IgnoreInaccessible = true, RecurseSubdirectories = false };

    /// <summary>Scans the C# files under <paramref name="repositoryRoot"/>.</summary>
    public static async Task<TestCatalog> ScanAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var files = new List<TestSourceFile>();
        foreach (var path in SourceFiles(new DirectoryInfo(repositoryRoot)))
        {
            files.Add(await ScanFileAsync(path, RepositoryPaths.Relative(repositoryRoot, path), cancellationToken).ConfigureAwait(false));
        }

        return new TestCatalog(files);
    }

    private static async Task<TestSourceFile> ScanFileAsync(string path, string displayPath, CancellationToken cancellationToken)
    {
        string source;
        try
        {
            if (new FileInfo(path).Length > MaxBytes)
            {
                return Unread(displayPath, $"{displayPath} is larger than {MaxBytes} bytes and was not read, so its Todo links are unknown.");
            }

            source = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Unread(displayPath, $"{displayPath} could not be read, so its Todo links are unknown: {exception.Message}");
        }

        return source.Contains(LinkMarker, StringComparison.Ordinal) ? TestSourceScanner.Scan(source, displayPath) : TestSourceFile.Empty;
    }

    private static TestSourceFile Unread(string displayPath, string message) =>
        TestSourceFile.Empty with { Problems = [new InputProblem(SourceLocation.StartOf(displayPath), message)] };

    private static IEnumerable<string> SourceFiles(DirectoryInfo directory)
    {
        var files = directory.EnumerateFiles(SourcePattern, s_thisFolderOnly).Select(file => file.FullName).Order(StringComparer.Ordinal);
        var nested = directory.EnumerateDirectories("*", s_thisFolderOnly)
            .Where(child => !child.Name.StartsWith('.') && !s_skippedFolders.Contains(child.Name))
            .Where(child => !child.Attributes.HasFlag(FileAttributes.ReparsePoint))
            .Where(child => !File.Exists(Path.Combine(child.FullName, s_ownChecklist)))
            .OrderBy(child => child.Name, StringComparer.Ordinal)
            .SelectMany(SourceFiles);
        return files.Concat(nested);
    }
}
