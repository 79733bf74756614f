using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.TestMap;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.TestMap;

[TestFixture]
[Property("Todo", "C02")]
public sealed class TestCatalogTests
{
    private const string FixtureSource = """
        namespace N;

        [Property("Todo", "F01")]
        public class Fixture
        {
            [Test] public void A() { }
            [Test, Property("Todo", "F02")] public void B() { }
        }
        """;

    [Test]
    public void AFixtureLinkReachesEveryTestOfTheFixtureAndAMethodLinkOnlyItsMethod()
    {
        var catalog = new TestCatalog([TestSourceScanner.Scan(FixtureSource, "tests/Fixture.cs")]);

        var fixtureLink = catalog.Links.Single(link => link.Key == "F01");
        var methodLink = catalog.Links.Single(link => link.Key == "F02");
        Assert.That(catalog.TestsLinkedBy(fixtureLink).Select(test => test.Id), Is.EquivalentTo(Sequence("N.Fixture.A", "N.Fixture.B")));
        Assert.That(catalog.TestsLinkedBy(methodLink).Select(test => test.Id), Is.EqualTo(Sequence("N.Fixture.B")));
    }

    [Test]
    public void ATestDeclaredInPartsIsOneTest()
    {
        var catalog = new TestCatalog([
            TestSourceScanner.Scan(FixtureSource, "tests/Fixture.cs"),
            TestSourceScanner.Scan("namespace N; public partial class Fixture { [Test] public void C() { } }", "tests/Fixture.More.cs"),
        ]);

        var fixtureLink = catalog.Links.Single(link => link.Key == "F01");
        Assert.That(catalog.TestsLinkedBy(fixtureLink).Select(test => test.Id), Is.EquivalentTo(Sequence("N.Fixture.A", "N.Fixture.B", "N.Fixture.C")));
    }

    [Test]
    public async Task ScansTheRepositorysCSharpFilesButNotBuildOutputOrHiddenFolders()
    {
        using var repository = new TemporaryDirectory("catalog");
        repository.WriteFile("tests/Project/FixtureTests.cs", FixtureSource);
        repository.WriteFile("tests/Project/Plain.cs", "namespace N; public class Plain { [Test] public void NotLinked() { } }");
        repository.WriteFile("tests/Project/bin/Debug/Copy.cs", FixtureSource.Replace("F0", "X0", System.StringComparison.Ordinal));
        repository.WriteFile("tests/Project/obj/Generated.cs", FixtureSource.Replace("F0", "Y0", System.StringComparison.Ordinal));
        repository.WriteFile(".hidden/Other.cs", FixtureSource.Replace("F0", "Z0", System.StringComparison.Ordinal));
        repository.WriteFile("tests/Project/Notes.txt", FixtureSource.Replace("F0", "W0", System.StringComparison.Ordinal));

        var catalog = await TestSourceDiscovery.ScanAsync(repository.Path, default);

        Assert.That(catalog.Links.Select(link => link.Key), Is.EquivalentTo(Sequence("F01", "F02")));
        Assert.That(catalog.Links.Select(link => link.Location.File), Is.All.EqualTo("tests/Project/FixtureTests.cs"));
    }

    [Test]
    public async Task AFolderWithItsOwnChecklistIsAnotherRepositoryAndIsNotScanned()
    {
        using var repository = new TemporaryDirectory("catalog");
        repository.WriteFile("design/TODO.md", "- [ ] F01 One");
        repository.WriteFile("tests/Project/FixtureTests.cs", FixtureSource);
        repository.WriteFile("samples/Shop/design/TODO.md", "- [ ] S01 Own");
        repository.WriteFile("samples/Shop/tests/ShopTests.cs", FixtureSource.Replace("F0", "S0", System.StringComparison.Ordinal));

        var outer = await TestSourceDiscovery.ScanAsync(repository.Path, default);
        var inner = await TestSourceDiscovery.ScanAsync(repository.Combine("samples", "Shop"), default);

        Assert.That(outer.Links.Select(link => link.Key), Is.EquivalentTo(Sequence("F01", "F02")));
        Assert.That(inner.Links.Select(link => link.Key), Is.EquivalentTo(Sequence("S01", "S02")));
    }

    [Test]
    public async Task AFileThatCannotBeReadIsAProblemNamingItAndTheOthersAreStillScanned()
    {
        using var repository = new TemporaryDirectory("catalog");
        repository.WriteFile("tests/Project/FixtureTests.cs", FixtureSource);
        System.IO.Directory.CreateDirectory(repository.Combine("tests", "Project"));
        System.IO.File.CreateSymbolicLink(repository.Combine("tests", "Project", "Dangling.cs"), repository.Combine("missing.cs"));

        var catalog = await TestSourceDiscovery.ScanAsync(repository.Path, default);

        Assert.That(catalog.Links.Select(link => link.Key), Is.EquivalentTo(Sequence("F01", "F02")));
        var problem = catalog.Problems.Single();
        Assert.That(problem.Location.File, Is.EqualTo("tests/Project/Dangling.cs"));
        Assert.That(problem.Message, Does.Contain("could not be read"));
    }

    private static T[] Sequence<T>(params T[] values) => values;
}
