using System.IO;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;
using TddGuard.Cli;
using TddGuard.Tests.CodeMd;

namespace TddGuard.Tests.Cli;

[TestFixture]
[Property("Todo", "C05")]
public sealed class CodeMdCommandTests
{
    private const string Shop = "Shop";

    private static readonly string[] s_ruleIds = ["TG3101", "TG3102", "TG3103", "TG3104", "TG3105"];

    [Test]
    public void WritingExitsZeroAndCheckingAfterwardsToo()
    {
        using var repository = new FixtureRepository(Shop);

        var write = Run("codemd", "--repo", repository.Path);
        var check = Run("codemd", "--repo", repository.Path, "--check");

        Assert.That(write.ExitCode, Is.Zero, write.Output + write.Error);
        Assert.That(write.Output, Does.Contain("codemd: design/CODE.md written; 0 errors, 0 warnings, 0 notes; 0 input problems"));
        Assert.That(check.ExitCode, Is.Zero, check.Output + check.Error);
        Assert.That(check.Output, Does.Contain("codemd: design/CODE.md up to date"));
    }

    [Test]
    public void CheckingAnOutdatedDocumentExitsOneWithoutWriting()
    {
        using var repository = new FixtureRepository(Shop);
        var before = File.ReadAllBytes(repository.DocumentPath);

        var (exitCode, output, _) = Run("codemd", "--repo", repository.Path, "--code", "Shop.sln", "--check");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("design/CODE.md(1,1): warning TG3104: The public namespace Shop.Core.Orders is not described"));
        Assert.That(output, Does.Contain("not written"));
        Assert.That(File.ReadAllBytes(repository.DocumentPath), Is.EqualTo(before));
    }

    [Test]
    public void BrokenMarkersExitOne()
    {
        using var repository = new FixtureRepository(Shop);
        repository.Write("design/CODE.md", "<!-- tddguard:end overview -->\n");

        var (exitCode, output, _) = Run("codemd", "--repo", repository.Path);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("design/CODE.md(1,1): error TG3105"));
    }

    [TestCase("json")]
    [TestCase("sarif")]
    public void MachineFormatsAreValidJsonWithTheFindings(string format)
    {
        using var repository = new FixtureRepository(Shop);

        var (exitCode, output, _) = Run("codemd", "--repo", repository.Path, "--check", "--format", format);
        using var json = JsonDocument.Parse(output);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("\"TG3104\""));
        Assert.That(format == "json" ? json.RootElement.GetProperty("document").GetString() : json.RootElement.GetProperty("version").GetString(), Is.EqualTo(format == "json" ? "design/CODE.md" : "2.1.0"));
    }

    [Test]
    public void SarifListsTheDesignDocumentRules()
    {
        using var repository = new FixtureRepository(Shop);

        var (_, output, _) = Run("codemd", "--repo", repository.Path, "--check", "--format", "sarif");
        using var json = JsonDocument.Parse(output);

        var rules = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray();
        Assert.That(rules.Select(rule => rule.GetProperty("id").GetString()), Is.EqualTo(s_ruleIds));
    }

    [TestCase("--format", "markdown", "markdown")]
    [TestCase("--no-such-option", "x", "--no-such-option")]
    [TestCase("--code", "nowhere", "nowhere")]
    [TestCase("--item", "Z99", "Z99")]
    public void UsageAndInputErrorsExitTwo(string option, string value, string message)
    {
        using var repository = new FixtureRepository(Shop);

        var (exitCode, _, error) = Run("codemd", "--repo", repository.Path, option, value);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain(message));
        Assert.That(error, Does.Not.Contain("   at "));
    }

    [Test]
    public void HelpDescribesTheCommandAndItsOptions()
    {
        var (exitCode, output, _) = Run("codemd", "--help");

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("--repo").And.Contain("--code").And.Contain("--item").And.Contain("--check").And.Contain("--format"));
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = App.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
