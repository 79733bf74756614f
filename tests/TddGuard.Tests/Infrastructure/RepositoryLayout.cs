using System.IO;
using NUnit.Framework;

namespace TddGuard.Tests.Infrastructure;

internal static class RepositoryLayout
{
    /// <summary>The folder holding <c>TddGuard.sln</c>, found upwards from the test binaries.</summary>
    public static string Root()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TddGuard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No TddGuard.sln above {TestContext.CurrentContext.TestDirectory}.");
    }
}
