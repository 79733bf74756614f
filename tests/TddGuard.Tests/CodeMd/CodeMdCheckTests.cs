using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.CodeMd;
using TddGuard.Evidence;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.CodeMd;

[TestFixture]
[Property("Todo", "C05")]
public sealed class CodeMdCheckTests
{
    private const string Shop = "Shop";
    private const string ShopSnapshot = "Shop.expected.md";
    private const string ItemSnapshot = "Shop.item.expected.md";
    private const string LinkedTest = "[Test, Property(\"Todo\", \"S01\")]\n    public void TotalsTheLines()";
    private const string UnlinkedTest = "[Test]\n    public void TotalsTheLines()";

    [Test]
    public async Task TheGeneratedDocumentIsTheSnapshot()
    {
        using var repository = new FixtureRepository(Shop);

        var report = await Run(repository);

        AssertSnapshot(repository, ShopSnapshot);
        Assert.That(report.Written, Is.True);
        Assert.That(report.Findings, Is.Empty);
    }

    [TestCase(null)]
    [TestCase("Shop.sln")]
    [TestCase("src")]
    public async Task ASecondRunChangesNothing(string? code)
    {
        using var repository = new FixtureRepository(Shop);
        await Run(repository, code: code);
        var first = File.ReadAllBytes(repository.DocumentPath);

        var second = await Run(repository, code: code);

        Assert.That(second.IsUpToDate, Is.True);
        Assert.That(second.Written, Is.False);
        Assert.That(File.ReadAllBytes(repository.DocumentPath), Is.EqualTo(first));
    }

    [Test]
    public async Task BuildOutputAndTestProjectsAreNotDescribedButTestsCover()
    {
        using var repository = new FixtureRepository(Shop);
        repository.Write("src/Shop.Core/bin/Generated.cs", "namespace Shop.Core.Build;\npublic sealed class BuildOutputMustNotBeDescribed { }\n");

        await Run(repository);
        var document = File.ReadAllText(repository.DocumentPath);

        Assert.That(document, Does.Not.Contain("BuildOutputMustNotBeDescribed"));
        Assert.That(document, Does.Not.Contain("tddguard:begin namespace:Shop.Tests"));
        Assert.That(document, Does.Contain("- Covered by: `OrderTests`, `PriceCalculatorTests`"));
    }

    [Test]
    public async Task CheckReportsNothingOnACurrentDocument()
    {
        using var repository = new FixtureRepository(Shop);
        await Run(repository);

        var report = await Run(repository, check: true);

        Assert.That(report.Findings, Is.Empty);
        Assert.That(report.IsUpToDate, Is.True);
    }

    [Test]
    public async Task CheckNeverWritesAndReportsAMissingDocument()
    {
        using var repository = new FixtureRepository(Shop);
        File.Delete(repository.DocumentPath);

        var report = await Run(repository, check: true);

        Assert.That(Ids(report), Is.EqualTo("TG3101"));
        Assert.That(File.Exists(repository.DocumentPath), Is.False);
    }

    [Test]
    public async Task WritingCreatesAMissingDocument()
    {
        using var repository = new FixtureRepository(Shop);
        File.Delete(repository.DocumentPath);

        var report = await Run(repository);

        Assert.That(report.Written, Is.True);
        Assert.That(File.ReadAllText(repository.DocumentPath), Does.StartWith("# Design of the code\n").And.Contain("<!-- tddguard:begin namespace:Shop.Web -->"));
    }

    [TestCase("public void Place()", "public void PlaceNow()", "TG3103")]
    [TestCase("namespace Shop.Web;", "namespace Shop.Api;", "TG3103 TG3103 TG3103 TG3103 TG3104")]
    [TestCase("/// <summary>Stores orders.</summary>", "/// <summary>A new type.</summary>\npublic sealed class Invoice { }\n\n/// <summary>Stores orders.</summary>", "TG3103 TG3104")]
    public async Task CheckReportsGeneratedPartsTheCodeNoLongerMatches(string before, string after, string expected)
    {
        using var repository = new FixtureRepository(Shop);
        await Run(repository);
        var file = before.StartsWith("namespace", System.StringComparison.Ordinal) ? "src/Shop.Web/OrderEndpoint.cs" : "src/Shop.Core/Orders/Order.cs";
        repository.Write(file, repository.Read(file).Replace(before, after, System.StringComparison.Ordinal));
        var document = File.ReadAllBytes(repository.DocumentPath);

        var report = await Run(repository, check: true);

        Assert.That(Ids(report), Is.EqualTo(expected));
        Assert.That(report.IsUpToDate, Is.False);
        Assert.That(File.ReadAllBytes(repository.DocumentPath), Is.EqualTo(document));
    }

    [TestCase("`Order` is the aggregate.", "`Basket` is the aggregate.", "TG3102", 3)]
    [TestCase("`Order` is the aggregate.", "`Order.Place()` and `OrderStatus` are kept.", "", 0)]
    [TestCase("`Order` is the aggregate.", "`TG3001`, `CI`, `design/CODE.md` and `Shop.Core.Pricing` are no names to check.", "", 0)]
    [TestCase("`Order` is the aggregate.", "\n```\n`Basket` in a code block\n```", "", 0)]
    public async Task StaleNamesInTheHandWrittenTextAreReported(string before, string after, string expected, int line)
    {
        using var repository = new FixtureRepository(Shop);
        repository.Write("design/CODE.md", repository.Read("design/CODE.md").Replace(before, after, System.StringComparison.Ordinal));

        var report = await Run(repository);

        Assert.That(Ids(report), Is.EqualTo(expected));
        Assert.That(report.Findings.Select(finding => finding.Location.Line), Is.EqualTo(line == 0 ? [] : new[] { line }));
    }

    [Test]
    public async Task WithGitHistoryOnlyNamesThatOnceWereCodeAreStale()
    {
        using var repository = new GitRepository();
        FixtureRepository.CopyFixture(Shop, repository.Path);

        repository.CommitAll("shop");
        foreach (var file in new[] { "src/Shop.Core/Orders/Order.cs", "tests/Shop.Tests/PriceCalculatorTests.cs" })
        {
            repository.WriteFile(file, File.ReadAllText(Path.Combine(repository.Path, file)).Replace("Place()", "PlaceNow()", System.StringComparison.Ordinal));
        }

        repository.WriteFile("design/CODE.md", "# Shop\n\n`Order.Place()` places; `GlobalAnalyzerConfigFiles` never was code.\n");

        var report = await new CodeMdCheck(new GitProcessRunner()).RunAsync(new CodeMdOptions { RepositoryRoot = repository.Path }, default);

        Assert.That(report.Findings, Has.Count.EqualTo(1));
        Assert.That(report.Findings[0].Message, Is.EqualTo("`Order.Place()` names code that no longer exists: describe what replaced it, or remove it."));
    }

    [Test]
    public async Task BrokenMarkersAreReportedAndNothingIsWritten()
    {
        using var repository = new FixtureRepository(Shop);
        repository.Write("design/CODE.md", "# Shop\n<!-- tddguard:begin overview -->\n");
        var before = File.ReadAllBytes(repository.DocumentPath);

        var report = await Run(repository);

        Assert.That(Ids(report), Is.EqualTo("TG3105"));
        Assert.That(report.Findings[0].Location.Line, Is.EqualTo(2));
        Assert.That(report.Written, Is.False);
        Assert.That(File.ReadAllBytes(repository.DocumentPath), Is.EqualTo(before));
    }

    [Test]
    public async Task AnItemSectionNamesTheCodeItsLinkedTestsReference()
    {
        using var repository = new FixtureRepository(Shop);
        const string TestFile = "tests/Shop.Tests/PriceCalculatorTests.cs";
        repository.Write(TestFile, repository.Read(TestFile).Replace(UnlinkedTest, LinkedTest, System.StringComparison.Ordinal));

        await Run(repository, item: "S01");
        var second = await Run(repository, check: true);

        AssertSnapshot(repository, ItemSnapshot);
        Assert.That(second.Findings, Is.Empty);
    }

    [Test]
    public void AnUnknownItemIsAnInputError()
    {
        using var repository = new FixtureRepository(Shop);

        Assert.That(async () => await Run(repository, item: "Z99"), Throws.TypeOf<TddGuardInputException>().With.Message.Contains("no item 'Z99'"));
    }

    [TestCase("--code", "missing", "does not exist")]
    [TestCase("--code", "design", "holds no C# project")]
    [TestCase("--repo", "/no/such/repository", "does not exist")]
    public void UnusableInputIsAnInputError(string option, string value, string message)
    {
        using var repository = new FixtureRepository(Shop);
        var options = option == "--repo"
            ? new CodeMdOptions { RepositoryRoot = value }
            : new CodeMdOptions { RepositoryRoot = repository.Path, CodePath = value };

        Assert.That(async () => await new CodeMdCheck(new GitProcessRunner()).RunAsync(options, default), Throws.TypeOf<TddGuardInputException>().With.Message.Contains(message));
    }

    private static Task<CodeMdReport> Run(FixtureRepository repository, bool check = false, string? code = null, string? item = null) =>
        new CodeMdCheck(new GitProcessRunner()).RunAsync(new CodeMdOptions { RepositoryRoot = repository.Path, CheckOnly = check, CodePath = code, ItemKey = item }, default);

    private static string Ids(CodeMdReport report) => string.Join(" ", report.Findings.Select(finding => finding.Id));

    /// <summary>Compares the written document with the snapshot beside the fixture; a missing snapshot fails, leaving the actual text to review.</summary>
    private static void AssertSnapshot(FixtureRepository repository, string snapshot)
    {
        var actual = File.ReadAllText(repository.DocumentPath);
        var expectedPath = FixtureRepository.FixturePath(snapshot);
        if (!File.Exists(expectedPath))
        {
            File.WriteAllText(Path.Combine(TestContext.CurrentContext.WorkDirectory, snapshot + ".actual"), actual);
        }

        Assert.That(File.Exists(expectedPath), Is.True, $"No snapshot {snapshot}; the actual text is in the test work folder");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(expectedPath)));
    }
}
