using System.Linq;
using NUnit.Framework;
using TddGuard.Check;
using TddGuard.Reconciliation;

namespace TddGuard.Tests.Check;

[TestFixture]
[Property("Todo", "C06")]
public sealed class CompilerLogReaderTests
{
    private const string Root = "/repo";
    private const string Project = "Shop";

    private const string Log = """
        {
          "$schema": "http://json.schemastore.org/sarif-2.1.0",
          "version": "2.1.0",
          "runs": [{
            "results": [
              { "ruleId": "TG2002", "level": "warning", "message": { "text": "Magic number 42" },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": "file:///repo/Shop/Cart.cs" }, "region": { "startLine": 7, "startColumn": 20 } } }] },
              { "ruleId": "TG1001", "level": "error", "message": { "text": "No test drives Cart.Add" },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": "file:///repo/Shop/Cart.cs" }, "region": { "startLine": 3, "startColumn": 5 } } }] },
              { "ruleId": "CS0168", "level": "warning", "message": { "text": "unused variable" },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": "file:///repo/Shop/Cart.cs" }, "region": { "startLine": 9, "startColumn": 1 } } }] },
              { "ruleId": "TG2003", "level": "warning", "message": { "text": "suppressed" }, "suppressions": [{ "kind": "inSource" }],
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": "file:///repo/Shop/Cart.cs" }, "region": { "startLine": 11, "startColumn": 1 } } }] },
              { "ruleId": "TG2010", "level": "note", "message": { "text": "no location" } }
            ]
          }]
        }
        """;

    [Test]
    public void KeepsUnsuppressedTddGuardResultsWithRepositoryRelativeLocations()
    {
        var findings = CompilerLogReader.Read(Log, Root, Project);

        Assert.That(string.Join(",", findings.Select(finding => finding.Id)), Is.EqualTo("TG2002,TG1001,TG2010"));
        Assert.That(findings[0], Is.EqualTo(new CheckFinding("TG2002", FindingSeverity.Warning, "Magic number 42", new SourceLocation("Shop/Cart.cs", 7, 20), Project)));
        Assert.That(findings[1].Severity, Is.EqualTo(FindingSeverity.Error));
        Assert.That(findings[2].Severity, Is.EqualTo(FindingSeverity.Note));
        Assert.That(findings[2].Location, Is.EqualTo(new SourceLocation(Project, 1, 1)));
    }

    [Test]
    public void RuleTitlesAreTheTddGuardRulesOfTheLogsDriver()
    {
        const string WithRules = """
            { "version": "2.1.0", "runs": [{ "results": [], "tool": { "driver": { "name": "Microsoft (R) Visual C# Compiler", "rules": [
              { "id": "CS0168", "shortDescription": { "text": "Variable is declared but never used" } },
              { "id": "TG2002", "shortDescription": { "text": "Magic number" } },
              { "id": "TG2003" } ] } } }] }
            """;

        var titles = CompilerLogReader.RuleTitles(WithRules);

        Assert.That(titles, Has.Count.EqualTo(1));
        Assert.That(titles["TG2002"], Is.EqualTo("Magic number"));
    }

    [TestCase("")]
    [TestCase("{ not json")]
    [TestCase("{ \"version\": \"2.1.0\" }")]
    public void UnreadableLogsAreAnInputError(string text)
    {
        Assert.That(() => CompilerLogReader.Read(text, Root, Project), Throws.TypeOf<TddGuardInputException>().With.Message.Contains(Project));
    }

    [TestCase("Build FAILED.\n/repo/Shop/Cart.cs(3,5): error CS1002: ; expected [/repo/Shop/Shop.csproj]\n/repo/Shop/Cart.cs(3,5): error CS1002: ; expected [/repo/Shop/Shop.csproj]", "/repo/Shop/Cart.cs(3,5): error CS1002: ; expected [/repo/Shop/Shop.csproj]")]
    [TestCase("/repo/Shop/Cart.cs(3,5): error TG2002: magic [/repo/Shop/Shop.csproj]\nMSBUILD : error MSB1009: Project file does not exist.", "MSBUILD : error MSB1009: Project file does not exist.")]
    public void BuildErrorsAreTheOutputsNonTddGuardErrorLinesOnce(string output, string expected)
    {
        Assert.That(CompilerLogReader.BuildErrors(output), Is.EqualTo(new[] { expected }));
    }
}
