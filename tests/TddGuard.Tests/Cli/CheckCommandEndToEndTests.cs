using System.IO;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;
using TddGuard.Cli;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Cli;

/// <summary>
/// <c>tddguard check</c> on real throw-away repositories, through the real CLI in-process: a library with a magic
/// number and an untested method, its NUnit tests (with coverlet) and a checklist with one item proven and one not.
/// The full check (build, tests, reconciliation) runs once for the class; the other cases skip the tests.
/// </summary>
[TestFixture]
[Category("Integration")]
[Property("Todo", "C06")]
public sealed class CheckCommandEndToEndTests
{
    private const string Check = "check";
    private const string NoTest = "--no-test";
    private const string Format = "--format";
    private const string Solution = "Shop.slnx";
    private const string Cart = "Shop/Cart.cs";
    private const string ShelfFile = "Shop/Shelf.cs";
    private const string TodoPath = "design/TODO.md";
    private const string Id = "id";
    private const string File = "file";

    private const string Library = """
        namespace Shop;

        public sealed class Cart
        {
            public int Total(int count) => count * 42;

            public int Untested(int count)
            {
                return count + 1;
            }
        }
        """;

    private const string Tests = """
        using NUnit.Framework;

        namespace Shop.Tests;

        [Property("Todo", "A1")]
        public sealed class CartTests
        {
            [Test]
            public void TotalMultiplies() => Assert.That(new Cart().Total(2), Is.EqualTo(84));
        }
        """;

    /// <summary>Its tests call Count(int) only: the editor's approximation counts Count(string) as tested, the exact map does not.</summary>
    private const string Shelf = """
        namespace Shop;

        public sealed class Shelf
        {
            public int Count(int books) => books;

            public int Count(string books) => int.Parse(books);
        }
        """;

    private const string ShelfTests = """
        using NUnit.Framework;

        namespace Shop.Tests;

        public sealed class ShelfTests
        {
            [Test]
            public void CountsBooks() => Assert.That(new Shelf().Count(3), Is.EqualTo(3));
        }
        """;

    private const string Todo = """
        # TODO

        - [x] A1 The cart totals
        - [x] A2 The cart has no test yet
        """;

    private static readonly string[] s_testPackages = ["Microsoft.NET.Test.Sdk", "NUnit", "NUnit3TestAdapter", "coverlet.collector"];

    private TemporaryDirectory _repository = null!;
    private (int ExitCode, string Output, string Error) _fullCheck;
    private string _fullReport = string.Empty;

    [OneTimeSetUp]
    public void RunTheFullCheckOnce()
    {
        _repository = new TemporaryDirectory("check-e2e");
        WriteRepository(_repository);
        var reportFile = _repository.Combine("report.json");
        _fullCheck = CheckCommandTests.Run(Check, _repository.Combine(Solution), Format, "json", "--output", reportFile);
        _fullReport = System.IO.File.Exists(reportFile) ? System.IO.File.ReadAllText(reportFile) : string.Empty;
    }

    [OneTimeTearDown]
    public void RemoveTheRepository() => _repository.Dispose();

    [Test]
    public void TheFullCheckReportsAnalyzerAndChecklistFindingsAsJsonAndExitsOne()
    {
        Assert.That(_fullCheck.ExitCode, Is.EqualTo(ExitCodes.Findings), _fullCheck.Error);
        Assert.That(_fullCheck.Output, Is.Empty, "with --output, nothing but the report and it goes to the file");
        Assert.That(_fullCheck.Error, Does.Contain("Building").And.Contain("Running the tests"));
        using var json = JsonDocument.Parse(_fullReport);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(finding => (Id: finding.GetProperty(Id).GetString(), File: finding.GetProperty(File).GetString(), Line: finding.GetProperty("line").GetInt32(), Message: finding.GetProperty("message").GetString()))
            .ToList();
        Assert.That(findings.Where(finding => finding.Id == "TG2002").Select(finding => (finding.File, finding.Line)), Is.EqualTo(new[] { (Cart, 5) }));
        Assert.That(
            findings.Where(finding => finding.Id == "TG1001").Select(finding => (finding.File, finding.Line)),
            Is.EquivalentTo(new[] { (Cart, 7), (ShelfFile, 7) }),
            "exact: the Count(string) overload no test calls is reported, though a test calls Count(int)");
        Assert.That(findings.Where(finding => finding.File == TodoPath).Select(finding => (finding.Id, finding.Line)), Is.EqualTo(new[] { ("TG3001", 4) }), "A1 is proven by a passing, covering test; A2 has none");
        var notes = json.RootElement.GetProperty("notes").EnumerateArray().Select(note => note.GetString()).ToList();
        Assert.That(notes, Has.Some.Contains("design/CODE.md not found").And.None.Contains("coverage"));
        Assert.That(notes, Has.Some.Contains("TG1001/TG1002 of Shop were decided from the symbols its tests bind to (exact): 1 the approximation missed (TG1001 Shop/Shelf.cs:7)"));
    }

    [Test]
    public void WithoutTestsTheSarifLogHasTheRequiredFieldsAndTheTestsDoNotRun()
    {
        var (exitCode, output, error) = CheckCommandTests.Run(Check, _repository.Combine(Solution), NoTest, Format, "sarif");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Findings), error);
        Assert.That(error, Does.Not.Contain("Running the tests"));
        using var sarif = JsonDocument.Parse(output);
        Assert.That(sarif.RootElement.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
        var run = sarif.RootElement.GetProperty("runs").EnumerateArray().Single();
        Assert.That(run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString(), Is.EqualTo("TddGuard"));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.That(results.Select(result => result.GetProperty("ruleId").GetString()), Does.Contain("TG2002").And.Contain("TG1001"));
        Assert.That(results.All(result => result.GetProperty("message").GetProperty("text").GetString()!.Length > 0), Is.True);
        Assert.That(
            results.Select(result => result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()),
            Has.Some.EqualTo(Cart));
    }

    [Test]
    public void ABrokenProjectExitsTwoWithTheCompilerError()
    {
        using var broken = new TemporaryDirectory("check-broken");
        ThrowAwaySolution.WriteIsolation(broken);
        broken.WriteFile("Broken/Broken.csproj", ThrowAwaySolution.LibraryProject);
        broken.WriteFile("Broken/Broken.cs", "namespace Broken;\npublic sealed class Half {\n");

        var (exitCode, output, error) = CheckCommandTests.Run(Check, broken.Combine("Broken", "Broken.csproj"), NoTest);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageOrInputError));
        Assert.That(error, Does.Contain("build of").And.Contain("failed").And.Contain("error CS1513"));
        Assert.That(output, Is.Empty);
    }

    [Test]
    public void AFolderWithoutChecklistOrDesignDocumentSaysWhatIsMissing()
    {
        using var bare = new TemporaryDirectory("check-bare");
        ThrowAwaySolution.WriteIsolation(bare);
        bare.WriteFile("Lone.csproj", ThrowAwaySolution.LibraryProject);
        bare.WriteFile("Lone.cs", "namespace Lone;\n\ninternal static class Nothing\n{\n}\n");

        var (exitCode, output, error) = CheckCommandTests.Run(Check, bare.Path, NoTest, "--fail-on", "none");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Clean), error);
        Assert.That(output, Does.Contain("design/TODO.md not found").And.Contain("design/CODE.md not found").And.Contain("Lone"));
    }

    [Test]
    [Property("Todo", "C08")]
    public void ABinaryChecklistAndDesignDocumentAreInputProblemsAndStayByteForByte()
    {
        using var hostile = new TemporaryDirectory("check-hostile");
        ThrowAwaySolution.WriteIsolation(hostile);
        hostile.WriteFile("Lone.csproj", ThrowAwaySolution.LibraryProject);
        hostile.WriteFile("Lone.cs", "namespace Lone;\n\ninternal static class Nothing\n{\n}\n");
        byte[] zeros = new byte[64];
        byte[] notUtf8 = [0x23, 0x20, 0xC3, 0x28, 0xFF, 0xFE, 0x0A];
        Directory.CreateDirectory(hostile.Combine("design"));
        System.IO.File.WriteAllBytes(hostile.Combine(TodoPath), zeros);
        System.IO.File.WriteAllBytes(hostile.Combine("design", "CODE.md"), notUtf8);

        var (exitCode, output, error) = CheckCommandTests.Run(Check, hostile.Path, NoTest);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageOrInputError), output + error);
        Assert.That(output, Does.Contain(TodoPath).And.Contain("design/CODE.md").And.Contain("Lone"), "the report still comes, with both problems: " + error);
        Assert.That(output + error, Does.Not.Contain("   at "));
        Assert.That(System.IO.File.ReadAllBytes(hostile.Combine(TodoPath)), Is.EqualTo(zeros));
        Assert.That(System.IO.File.ReadAllBytes(hostile.Combine("design", "CODE.md")), Is.EqualTo(notUtf8));
    }

    [Test]
    public void TddGuardErrorsThatStopTheBuildAreFindingsAndTheTestsAreSkipped()
    {
        using var strict = new TemporaryDirectory("check-strict");
        ThrowAwaySolution.WriteIsolation(strict);
        strict.WriteFile("Strict/Strict.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><WarningsAsErrors>TG2002</WarningsAsErrors></PropertyGroup>
            </Project>
            """);
        strict.WriteFile("Strict/Limits.cs", "namespace Strict;\n\ninternal static class Limits\n{\n    public static int Twice(int value) => value * 42;\n}\n");

        var (exitCode, output, error) = CheckCommandTests.Run(Check, strict.Combine("Strict"), Format, "markdown", "--fail-on", "error");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Findings), error);
        Assert.That(output, Does.Contain("**error TG2002** line 5").And.Contain("The tests were not run: the build stopped on TddGuard errors"));
        Assert.That(error, Does.Not.Contain("Running the tests"));
    }

    private static void WriteRepository(TemporaryDirectory repository)
    {
        ThrowAwaySolution.WriteProjects(repository, "Shop", s_testPackages);
        repository.WriteFile(Cart, Library);
        repository.WriteFile(ShelfFile, Shelf);
        repository.WriteFile("Shop.Tests/ShelfTests.cs", ShelfTests);
        repository.WriteFile("Shop.Tests/CartTests.cs", Tests);
        repository.WriteFile(TodoPath, Todo);
        repository.WriteFile(Solution, """
            <Solution>
              <Project Path="Shop/Shop.csproj" />
              <Project Path="Shop.Tests/Shop.Tests.csproj" />
            </Solution>
            """);
    }
}
