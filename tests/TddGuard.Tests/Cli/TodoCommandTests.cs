using System.IO;
using System.Text.Json;
using NUnit.Framework;
using TddGuard.Cli;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Cli;

[TestFixture]
[Property("Todo", "C04")]
public sealed class TodoCommandTests
{
    private const string Todo = """
        # Sample

        - [x] S01 Adding works
        - [ ] S02 Dividing works
        - [ ] S03 Never mind
        """;

    private const string Tests = """
        using NUnit.Framework;

        namespace Sample.Tests;

        public sealed class CalculatorTests
        {
            [Test, Property("Todo", "S01")]
            public void AddsTwoNumbers() => Assert.That(new Calculator().Add(2, 3), Is.EqualTo(5));

            [TestCase(6, 3, 2)]
            [Property("Todo", "S02")]
            public void Divides(int a, int b, int expected) => Assert.That(new Calculator().Divide(a, b), Is.EqualTo(expected));

            [Test, Property("Todo", "S03")]
            public void IgnoredTest() => Assert.That(new Calculator().Never(1), Is.EqualTo(3));
        }
        """;

    [Test]
    public void ACleanRepositoryExitsZeroWithAStatusLinePerItem()
    {
        using var repository = CreateRepository();

        var (exitCode, output, error) = Run("todo", "--repo", repository.Path, "--results", "TestResults/*.trx", "--coverage", "TestResults/*.xml");

        Assert.That(error, Is.Empty);
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("✓ S01 Adding works  tests 1/1 passed, coverage 100%"));
        Assert.That(output, Does.Contain("○ S02 Dividing works  open, tests 0/1 passed"));
        Assert.That(output, Does.Contain("○ S03 Never mind  open, tests 0/1 passed"));
        Assert.That(output.TrimEnd(), Does.EndWith("todo: 3 items, 1 checked; 0 errors, 0 warnings, 0 notes; 0 input problems"));
    }

    [Test]
    public void FindingsAtWarningOrAboveExitOne()
    {
        using var repository = CreateRepository(Todo.Replace("- [ ] S02", "- [x] S02", System.StringComparison.Ordinal));

        var (exitCode, output, _) = Run("todo", "--repo", repository.Path, "--results", "TestResults/*.trx");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("✗ S02 Dividing works"));
        Assert.That(output, Does.Contain("design/TODO.md(4,3): error TG3002: 'S02' is checked but 1 of 1 linked tests did not pass (failed: Sample.Tests.CalculatorTests.Divides)"));
        Assert.That(output, Does.Not.Contain("TG3004"));
    }

    [Test]
    public void NotesAloneExitZero()
    {
        var linkedTwice = Tests.Replace("Property(\"Todo\", \"S01\")", "Property(\"Todo\", \"S01\"), Property(\"Todo\", \"S04\")", System.StringComparison.Ordinal);
        using var repository = CreateRepository(Todo + "\n- [ ] S04 Adding again\n", linkedTwice);

        var (exitCode, output, _) = Run("todo", "--repo", repository.Path, "--results", "TestResults/*.trx", "--todo", "design/TODO.md");

        Assert.That(output, Does.Contain("note TG3006: 'S04' is open but all 1 of its linked tests pass"));
        Assert.That(output, Does.Contain("0 errors, 0 warnings, 1 note"));
        Assert.That(exitCode, Is.Zero);
    }

    [Test]
    public void ResultsAndCoverageOptionsRepeat()
    {
        using var repository = CreateRepository(Todo.Replace("- [ ] S03", "- [x] S03", System.StringComparison.Ordinal));
        repository.WriteFile("more/rerun.xml", """<testsuites><testsuite><testcase classname="Sample.Tests.CalculatorTests" name="IgnoredTest" /></testsuite></testsuites>""");

        var once = Run("todo", "--repo", repository.Path, "--base", "HEAD", "--results", "TestResults/*.trx");
        var twice = Run("todo", "--repo", repository.Path, "--base", "HEAD", "--results", "TestResults/*.trx", "--results", "more/*.xml", "--coverage", "TestResults/*.xml");

        Assert.That(once.Output, Does.Contain("error TG3002: 'S03'"));
        Assert.That(twice.Output, Does.Not.Contain("TG3002"));
        Assert.That(twice.Output, Does.Contain("✗ S03 Never mind  tests 1/1 passed, coverage 0%"));
        Assert.That(twice.Output, Does.Contain("warning TG3007: 'S03'"));
    }

    [Test]
    public void TheBaselineIsHeadUnlessToldOtherwise()
    {
        using var repository = CreateRepository();
        File.WriteAllText(Path.Combine(repository.Path, "design", "TODO.md"), Todo.Replace("Never mind", "Never mind at all", System.StringComparison.Ordinal));

        var head = Run("todo", "--repo", repository.Path);
        var explicitBase = Run("todo", "--repo", repository.Path, "--base", "HEAD");

        Assert.That(head.ExitCode, Is.EqualTo(1));
        Assert.That(head.Output, Does.Contain("error TG3004: 'S03' was reworded since HEAD, where it read 'Never mind'"));
        Assert.That(explicitBase.Output, Is.EqualTo(head.Output));
    }

    [Test]
    public void TheMsBuildFormatNamesTheChecklistByItsFullPath()
    {
        using var repository = CreateRepository(Todo.Replace("- [ ] S02", "- [x] S02", System.StringComparison.Ordinal));

        var (exitCode, output, _) = Run("todo", "--repo", repository.Path, "--results", "TestResults/*.trx", "--format", "msbuild");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output.TrimEnd(), Does.StartWith($"{Path.Combine(Path.GetFullPath(repository.Path), "design", "TODO.md")}(4,3): error TG3002: 'S02'"));
        Assert.That(output, Does.Not.Contain("todo:"));
    }

    [TestCase("json")]
    [TestCase("sarif")]
    public void MachineFormatsAreValidJson(string format)
    {
        using var repository = CreateRepository();

        var (exitCode, output, _) = Run("todo", "--repo", repository.Path, "--format", format);

        Assert.That(exitCode, Is.Zero);
        Assert.That(() => JsonDocument.Parse(output).Dispose(), Throws.Nothing);
    }

    [Test]
    public void OutputWritesTheReportToAFile()
    {
        using var repository = CreateRepository();
        var reportPath = Path.Combine(repository.Path, "out", "report.md");
        Directory.CreateDirectory(Path.GetDirectoryName(reportPath)!);

        var (exitCode, output, _) = Run("todo", "--repo", repository.Path, "--format", "markdown", "--output", reportPath);

        Assert.That(exitCode, Is.Zero);
        Assert.That(File.ReadAllText(reportPath), Does.Contain("| ✓ | S01 Adding works |"));
        Assert.That(output, Does.Not.Contain("| ✓ |"));
    }

    [TestCase("--format", "xml", "xml")]
    [TestCase("--min-coverage", "150", "--min-coverage")]
    [TestCase("--min-coverage", "many", "many")]
    [TestCase("--no-such-option", "x", "--no-such-option")]
    public void UsageErrorsExitTwoWithAMessageOnStandardError(string option, string value, string messageFragment)
    {
        using var repository = CreateRepository();

        var (exitCode, _, error) = Run("todo", "--repo", repository.Path, option, value);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain(messageFragment));
    }

    [TestCase("--todo", "docs/MISSING.md", "docs/MISSING.md")]
    [TestCase("--repo", "/no/such/folder/anywhere", "/no/such/folder/anywhere")]
    [TestCase("--results", "TestResults/none-*.trx", "matched no file")]
    [TestCase("--base", "no-such-revision", "no-such-revision")]
    public void InputErrorsExitTwoWithAClearMessage(string option, string value, string messageFragment)
    {
        using var repository = CreateRepository();
        string[] arguments = option == "--repo" ? ["todo", option, value] : ["todo", "--repo", repository.Path, option, value];

        var (exitCode, output, error) = Run(arguments);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output + error, Does.Contain(messageFragment));
        Assert.That(error, Does.Not.Contain("   at "));
    }

    [Test]
    public void ACorruptResultsFileIsReportedAndTheRestOfTheReportStillWritten()
    {
        using var repository = CreateRepository();
        repository.WriteFile("TestResults/broken.trx", "<TestRun><Results>");

        var (exitCode, output, _) = Run("todo", "--repo", repository.Path);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Does.Contain("TestResults/broken.trx(1,"));
        Assert.That(output, Does.Contain("✓ S01 Adding works  tests 1/1 passed"));
    }

    [Test]
    public void HelpDescribesTheTodoCommandAndItsOptions()
    {
        var (exitCode, output, _) = Run("todo", "--help");

        Assert.That(exitCode, Is.Zero);
        foreach (var option in new[] { "--repo", "--todo", "--results", "--coverage", "--base", "--min-coverage", "--format", "--output" })
        {
            Assert.That(output, Does.Contain(option));
        }
    }

    private static GitRepository CreateRepository(string todo = Todo, string tests = Tests)
    {
        var repository = new GitRepository();
        repository.WriteFile("design/TODO.md", todo);
        repository.WriteFile("tests/Sample.Tests/CalculatorTests.cs", tests);
        repository.WriteFile("TestResults/sample.trx", File.ReadAllText(TestData("sample.trx")));
        repository.WriteFile("TestResults/coverage.cobertura.xml", File.ReadAllText(TestData("sample.cobertura.xml")));
        repository.WriteFile(".gitignore", "TestResults/\n");
        repository.CommitAll("sample");
        return repository;
    }

    private static string TestData(string file) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", file);

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = App.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
