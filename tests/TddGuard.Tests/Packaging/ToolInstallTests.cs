using System.IO;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Packaging;

/// <summary>The CLI package installs as a dotnet tool from the packed feed, and the installed <c>tddguard</c> runs.</summary>
[TestFixture]
[Category("Integration")]
[Property("Todo", "C06")]
public sealed class ToolInstallTests
{
    private const string ToolCommand = "tddguard";

    private TemporaryDirectory _workspace = null!;

    private string ToolPath => _workspace.Combine("tools");

    [OneTimeSetUp]
    public async Task InstallTheToolAsync()
    {
        _workspace = new TemporaryDirectory("tool");
        _workspace.WriteFile("nuget.config", ConsumerFeeds.NuGetConfig(includeLocalPackageCache: true));

        var install = await DotnetProcess.RunAsync(
            _workspace.Path,
            "tool",
            "install",
            "TddGuard.Cli",
            "--tool-path",
            ToolPath,
            "--version",
            PackedSolution.Version,
            "--configfile",
            _workspace.Combine("nuget.config"));

        Assert.That(install.ExitCode, Is.Zero, install.Output);
    }

    [OneTimeTearDown]
    public void RemoveWorkspace() => _workspace.Dispose();

    [Test]
    public async Task TheInstalledToolPrintsThePackedVersion()
    {
        var result = await RunToolAsync("--version");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output.Trim(), Is.EqualTo(PackedSolution.Version));
    }

    [Test]
    public async Task TheInstalledToolListsItsCommands()
    {
        var result = await RunToolAsync("--help");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Contain("todo").And.Contain("codemd"));
    }

    [Test]
    public async Task TheInstalledToolChecksASolutionWithTheExactTestMap()
    {
        const string cart = """
            namespace Shop;

            public sealed class Cart
            {
                public int Add(int item) => item;

                public int Add(string item) => item.Length;
            }
            """;
        const string cartTests = """
            using NUnit.Framework;

            namespace Shop.Tests;

            public sealed class CartTests
            {
                [Test]
                public void Adds() => Assert.That(new Cart().Add(1), Is.EqualTo(1));
            }
            """;
        using var solution = ShopSolution.Create("tool-check", cart, cartTests);
        solution.WriteFile("Shop.slnx", $"<Solution><Project Path=\"{ShopSolution.ProductionProject}\" /><Project Path=\"{ShopSolution.TestProject}\" /></Solution>");

        var result = await DotnetProcess.RunProgramAsync(Path.Combine(ToolPath, ToolCommand), solution.Path, "check", "Shop.slnx", "--no-test", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Output);
        Assert.That(result.Output, Does.Contain("1 the approximation missed (TG1001 src/Shop/Cart.cs:7)"));
    }

    private Task<ProcessResult> RunToolAsync(string argument) =>
        DotnetProcess.RunProgramAsync(Path.Combine(ToolPath, ToolCommand), _workspace.Path, argument);
}
