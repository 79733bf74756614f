using System.IO;
using NUnit.Framework;
using TddGuard.Check;
using TddGuard.Tests.Infrastructure;
using TddGuard.Verify;

namespace TddGuard.Tests.Verify;

[TestFixture]
[Property("Todo", "C07")]
public sealed class VariantWorkspaceTests
{
    [Test]
    public void CompilerErrorsInTheBuildOutputArePlacedInTheRepository()
    {
        using var repository = new TemporaryDirectory("verify-errors");
        repository.WriteFile("src/Shop/Cart.cs", "class Cart {}");
        using var workspace = VariantWorkspace.CopyOf(repository.Path);
        var output = $"""
              Determining projects to restore...
            {workspace.Root}/src/Shop/Cart.cs(12,9): error CS0161: 'Cart.Add(int)': not all code paths return a value [{workspace.Root}/src/Shop/Shop.csproj]
            {workspace.Root}/src/Shop/Cart.cs(14,1): warning CS0168: The variable 'x' is declared but never used [{workspace.Root}/src/Shop/Shop.csproj]
            """;

        var places = workspace.ErrorPlaces(output);

        Assert.That(places, Is.EqualTo(new[] { ("src/Shop/Cart.cs", 12) }));
        Assert.That(File.ReadAllText(Path.Combine(workspace.Root, "src/Shop/Cart.cs")), Is.EqualTo("class Cart {}"), "the repository was copied");
    }

    [Test]
    public void ARepositoryNestedInAGitWorkTreeIsCopiedWithTheWorkTreesBuildFilesButNotItsHistory()
    {
        using var git = new GitRepository();
        git.WriteFile("Directory.Build.props", "<Project />");
        git.WriteFile("samples/Shop/design/TODO.md", "- [ ] A1 Sell");
        var cart = git.WriteFile("samples/Shop/src/Cart.cs", "class Cart {}");
        git.CommitAll("a sample");
        var sample = Path.Combine(git.Path, "samples", "Shop");

        using var workspace = VariantWorkspace.CopyOf(sample);

        Assert.That(File.Exists(workspace.PathOf(cart)), Is.True);
        Assert.That(workspace.PathOf("src/Cart.cs"), Is.EqualTo(workspace.PathOf(cart)), "paths relative to the repository are mapped too");
        Assert.That(File.Exists(Path.Combine(workspace.Root, "Directory.Build.props")), Is.True);
        Assert.That(Directory.Exists(Path.Combine(workspace.Root, ".git")), Is.False);
    }

    [Test]
    public void TheTestsRunFromTheTestAssembliesTheBuildRecorded()
    {
        using var repository = new TemporaryDirectory("verify-test-targets");
        var project = repository.WriteFile("tests/Shop.Tests/Shop.Tests.csproj", "<Project />");
        using var workspace = VariantWorkspace.CopyOf(repository.Path);
        var built = Path.Combine(workspace.Root, "tests/Shop.Tests/bin/Debug/net10.0/Shop.Tests.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(built)!);
        File.WriteAllText(built, "an assembly");
        WriteRecord(workspace, "Shop.Tests", isTest: true, built);
        WriteRecord(workspace, "Shop", isTest: false, Path.Combine(workspace.Root, "src/Shop/bin/Debug/net10.0/Shop.dll"));

        Assert.That(workspace.TestTargets(ExactUntestedCode.ReadRecords(workspace.Records), [project]), Is.EqualTo(new[] { built }));
    }

    [Test]
    public void WithoutRecordedTestAssembliesTheTestProjectsRun()
    {
        using var repository = new TemporaryDirectory("verify-test-projects");
        var project = repository.WriteFile("tests/Shop.Tests/Shop.Tests.csproj", "<Project />");
        using var workspace = VariantWorkspace.CopyOf(repository.Path);
        WriteRecord(workspace, "Shop.Tests", isTest: true, Path.Combine(workspace.Root, "tests/Shop.Tests/bin/Debug/net10.0/Gone.dll"));

        Assert.That(workspace.TestTargets(ExactUntestedCode.ReadRecords(workspace.Records), [project]), Is.EqualTo(new[] { workspace.PathOf(project) }));
    }

    [Test]
    public void DisposingRemovesTheCopy()
    {
        using var repository = new TemporaryDirectory("verify-dispose");
        repository.WriteFile("A.cs", "class A {}");
        var workspace = VariantWorkspace.CopyOf(repository.Path);

        workspace.Dispose();

        Assert.That(Directory.Exists(workspace.Root), Is.False);
        Assert.That(File.Exists(repository.Combine("A.cs")), Is.True);
    }

    private static void WriteRecord(VariantWorkspace workspace, string project, bool isTest, string output)
    {
        var folder = Path.Combine(workspace.Records, project);
        Directory.CreateDirectory(folder);
        File.WriteAllLines(
            Path.Combine(folder, "net10.0" + CompilerInvocation.Extension),
            [CompilerInvocation.DirectoryHeader + workspace.Root, CompilerInvocation.TestHeader + (isTest ? "true" : string.Empty), CompilerInvocation.OutputHeader + output, "/out:obj/" + project + ".dll"]);
    }
}
