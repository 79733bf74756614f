using System;
using System.IO;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Packaging;

/// <summary>
/// Packs <c>TddGuard.sln</c> once for every packaging test: into its own feed, with its own artifacts folder and a
/// version no earlier run used, so it never races the build running the tests and never meets a stale cache.
/// </summary>
[SetUpFixture]
public sealed class PackedSolution
{
    private static readonly Lazy<TemporaryDirectory> s_workspace = new(() => new TemporaryDirectory("pack"));

    public static string Version { get; } = $"0.1.0-test.t{Guid.NewGuid():N}";

    public static string Feed => Workspace.Combine("feed");

    public static string PackagesCache => Workspace.Combine("packages");

    private static TemporaryDirectory Workspace => s_workspace.Value;

    public static string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    [OneTimeSetUp]
    public async Task PackAsync()
    {
        var result = await DotnetProcess.RunAsync(
            RepositoryLayout.Root(),
            "pack",
            "TddGuard.sln",
            "-c",
            "Release",
            "-o",
            Feed,
            $"-p:Version={Version}",
            "--artifacts-path",
            Workspace.Combine("artifacts"),
            "--disable-build-servers");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
    }

    [OneTimeTearDown]
    public void RemoveWorkspace()
    {
        if (s_workspace.IsValueCreated)
        {
            s_workspace.Value.Dispose();
        }
    }
}
