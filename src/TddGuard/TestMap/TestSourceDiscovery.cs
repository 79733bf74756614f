using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace TddGuard.TestMap;

/// <summary>Scans every C# file of a repository that can hold a Todo link, skipping build output and hidden folders.</summary>
public static class TestSourceDiscovery
{
    private const string SourcePattern = "*.cs";

    // A file without this word cannot hold a Todo link; skipping it keeps large repositories fast.
    private const string LinkMarker = "Todo";

    private static readonly HashSet<string> s_skippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", "TestResults", "node_modules", "artifacts", "BenchmarkDotNet.Artifacts",
    };

    /// <summary>Scans the C# files under <paramref name="repositoryRoot"/>.</summary>
    public static async Task<TestCatalog> ScanAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var files = new List<TestSourceFile>();
        foreach (var path in SourceFiles(new DirectoryInfo(repositoryRoot)))
        {
            var source = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            if (source.Contains(LinkMarker, StringComparison.Ordinal))
            {
                files.Add(TestSourceScanner.Scan(source, RepositoryPaths.Relative(repositoryRoot, path)));
            }
        }

        return new TestCatalog(files);
    }

    private static IEnumerable<string> SourceFiles(DirectoryInfo directory)
    {
        var files = directory.EnumerateFiles(SourcePattern).Select(file => file.FullName).Order(StringComparer.Ordinal);
        var nested = directory.EnumerateDirectories()
            .Where(child => !child.Name.StartsWith('.') && !s_skippedFolders.Contains(child.Name))
            .Where(child => !child.Attributes.HasFlag(FileAttributes.ReparsePoint))
            .OrderBy(child => child.Name, StringComparer.Ordinal)
            .SelectMany(SourceFiles);
        return files.Concat(nested);
    }
}
