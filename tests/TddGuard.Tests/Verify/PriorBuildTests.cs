using System;
using System.IO;
using System.Linq;
using NUnit.Framework;
using TddGuard.Check;
using TddGuard.Tests.Infrastructure;
using TddGuard.Verify;

namespace TddGuard.Tests.Verify;

/// <summary>
/// The records a user's build with TddGuard's build files leaves in each project's obj/ folder, and whether they still
/// describe the code: only then does verify reuse that build instead of building a copy.
/// </summary>
[TestFixture]
[Property("Todo", "C07")]
public sealed class PriorBuildTests
{
    private static readonly DateTime s_built = new(2026, 11, 27, 3, 0, 0, DateTimeKind.Utc);

    [Test]
    public void RecordsNewerThanEveryInputAreReused()
    {
        using var repository = new TemporaryDirectory("prior-build-fresh");
        var (shop, tests) = WriteBuiltSolution(repository);

        var found = PriorBuild.Find(repository.Path, [shop, tests], [repository.Combine("Shop", "Cart.cs")]);

        Assert.That(found.Unusable, Is.Null);
        Assert.That(found.Records.Select(record => (record.Project, record.IsTestProject)), Is.EquivalentTo(new[] { ("Shop", false), ("Shop.Tests", true) }));
    }

    [TestCase("Shop/Cart.cs", "Shop/Cart.cs changed after")]
    [TestCase("Shop/Shop.csproj", "Shop/Shop.csproj changed after")]
    [TestCase("Shop.Tests/CartTests.cs", "Shop.Tests/CartTests.cs changed after")]
    public void AnInputChangedSinceTheBuildMakesItUnusable(string changed, string reason)
    {
        using var repository = new TemporaryDirectory("prior-build-stale");
        var (shop, tests) = WriteBuiltSolution(repository);
        File.SetLastWriteTimeUtc(repository.Combine(changed), s_built.AddMinutes(1));

        var found = PriorBuild.Find(repository.Path, [shop, tests], [repository.Combine("Shop", "Cart.cs")]);

        Assert.That(found.Unusable, Does.Contain(reason));
    }

    [Test]
    public void AProjectWithoutARecordMakesItUnusable()
    {
        using var repository = new TemporaryDirectory("prior-build-unrecorded");
        var (shop, tests) = WriteBuiltSolution(repository);
        File.Delete(repository.Combine("Shop", "obj", "Debug", "net10.0", PriorBuild.RecordFileName));

        var found = PriorBuild.Find(repository.Path, [shop, tests], [repository.Combine("Shop", "Cart.cs")]);

        Assert.That(found.Unusable, Does.StartWith("Shop has no record"));
    }

    [Test]
    public void AMissingTestAssemblyMakesItUnusable()
    {
        using var repository = new TemporaryDirectory("prior-build-no-assembly");
        var (shop, tests) = WriteBuiltSolution(repository);
        File.Delete(repository.Combine("Shop.Tests", "bin", "Debug", "net10.0", "Shop.Tests.dll"));

        var found = PriorBuild.Find(repository.Path, [shop, tests], [repository.Combine("Shop", "Cart.cs")]);

        Assert.That(found.Unusable, Does.Contain("Shop.Tests.dll"));
    }

    [Test]
    public void AFileTheBuildDidNotCompileMakesItUnusable()
    {
        using var repository = new TemporaryDirectory("prior-build-new-file");
        var (shop, tests) = WriteBuiltSolution(repository);
        var till = repository.WriteFile("Shop/Till.cs", "namespace Shop; public class Till { public int Open() => 1; }");
        File.SetLastWriteTimeUtc(till, s_built.AddMinutes(-1));

        var found = PriorBuild.Find(repository.Path, [shop, tests], [repository.Combine("Shop", "Cart.cs"), till]);

        Assert.That(found.Unusable, Does.Contain("Shop/Till.cs"));
    }

    [Test]
    public void OfSeveralRecordsOfAProjectTheNewestCounts()
    {
        using var repository = new TemporaryDirectory("prior-build-newest");
        var (shop, tests) = WriteBuiltSolution(repository);
        var older = WriteRecord(repository, "Shop", "Release", isTest: false, output: null, "Cart.cs", "Gone.cs");
        File.SetLastWriteTimeUtc(older, s_built.AddHours(-1));

        var found = PriorBuild.Find(repository.Path, [shop, tests], [repository.Combine("Shop", "Cart.cs")]);

        Assert.That(found.Unusable, Is.Null);
        Assert.That(found.Records.Single(record => record.Project == "Shop").Arguments, Has.None.EndsWith("Gone.cs"));
    }

    [Test]
    public void AProjectBuiltForSeveralFrameworksMakesItUnusable()
    {
        using var repository = new TemporaryDirectory("prior-build-multi-target");
        var (shop, tests) = WriteBuiltSolution(repository);
        var other = repository.WriteFile($"Shop/obj/Debug/netstandard2.0/{PriorBuild.RecordFileName}", File.ReadAllText(repository.Combine("Shop", "obj", "Debug", "net10.0", PriorBuild.RecordFileName)));
        File.SetLastWriteTimeUtc(other, s_built);

        var found = PriorBuild.Find(repository.Path, [shop, tests], [repository.Combine("Shop", "Cart.cs")]);

        Assert.That(found.Unusable, Does.StartWith("Shop was built for several target frameworks"));
    }

    [TestCase("")]
    [TestCase("\0\0\0 not a record")]
    public void ARecordThatCannotBeReadMakesItUnusableNotTheRunFail(string text)
    {
        using var repository = new TemporaryDirectory("prior-build-unreadable");
        var (shop, tests) = WriteBuiltSolution(repository);
        var record = repository.Combine("Shop", "obj", "Debug", "net10.0", PriorBuild.RecordFileName);
        File.WriteAllText(record, text);
        File.SetLastWriteTimeUtc(record, s_built);

        var found = PriorBuild.Find(repository.Path, [shop, tests], [repository.Combine("Shop", "Cart.cs")]);

        Assert.That(found.Unusable, Does.StartWith("the record of Shop's last build cannot be read"));
    }

    [Test]
    public void ProjectsLastBuiltInDifferentConfigurationsMakeItUnusable()
    {
        using var repository = new TemporaryDirectory("prior-build-configurations");
        var (shop, tests) = WriteBuiltSolution(repository);
        var release = WriteRecord(repository, "Shop", "Release", isTest: false, output: null, "Cart.cs");
        File.SetLastWriteTimeUtc(release, s_built.AddMinutes(1));

        var found = PriorBuild.Find(repository.Path, [shop, tests], [repository.Combine("Shop", "Cart.cs")]);

        Assert.That(found.Unusable, Does.Contain("different configurations").And.Contain("Release").And.Contain("Debug"));
    }

    /// <summary>Shop and Shop.Tests with sources, project files and the records and assemblies of a build at <see cref="s_built"/>.</summary>
    private static (string Shop, string Tests) WriteBuiltSolution(TemporaryDirectory repository)
    {
        var inputs = new[]
        {
            repository.WriteFile("Shop/Shop.csproj", ThrowAwaySolution.LibraryProject),
            repository.WriteFile("Shop/Cart.cs", "namespace Shop; public class Cart { public int Add(int item) => item; }"),
            repository.WriteFile("Shop.Tests/Shop.Tests.csproj", ThrowAwaySolution.LibraryProject),
            repository.WriteFile("Shop.Tests/CartTests.cs", "namespace Shop.Tests; public class CartTests { }"),
        };
        foreach (var input in inputs)
        {
            File.SetLastWriteTimeUtc(input, s_built.AddMinutes(-5));
        }

        var assembly = repository.WriteFile("Shop.Tests/bin/Debug/net10.0/Shop.Tests.dll", "an assembly");
        File.SetLastWriteTimeUtc(assembly, s_built.AddSeconds(1));
        File.SetLastWriteTimeUtc(WriteRecord(repository, "Shop", "Debug", isTest: false, output: null, "Cart.cs"), s_built);
        File.SetLastWriteTimeUtc(WriteRecord(repository, "Shop.Tests", "Debug", isTest: true, assembly, "CartTests.cs"), s_built);
        return (repository.Combine("Shop"), repository.Combine("Shop.Tests"));
    }

    private static string WriteRecord(TemporaryDirectory repository, string project, string configuration, bool isTest, string? output, params string[] sources)
    {
        var lines = new[]
        {
            CompilerInvocation.DirectoryHeader + repository.Combine(project),
            CompilerInvocation.TestHeader + (isTest ? "true" : string.Empty),
            CompilerInvocation.OutputHeader + (output ?? repository.Combine(project, "bin", configuration, "net10.0", project + ".dll")),
            $"/out:obj/{configuration}/net10.0/{project}.dll",
        }.Concat(sources);
        return repository.WriteFile($"{project}/obj/{configuration}/net10.0/{PriorBuild.RecordFileName}", string.Join("\n", lines));
    }
}
