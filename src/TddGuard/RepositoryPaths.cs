using System.IO;

namespace TddGuard;

/// <summary>Paths as reports show them: relative to the repository, with forward slashes on every system.</summary>
internal static class RepositoryPaths
{
    public static string Relative(string repositoryRoot, string path) =>
        Path.GetRelativePath(repositoryRoot, Path.GetFullPath(path, repositoryRoot)).Replace('\\', '/');
}
