using System.IO;
using System.Linq;
using NUnit.Framework;
using TddGuard.CodeMd;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.CodeMd;

/// <summary>This repository keeps its own design/CODE.md with tddguard codemd, and CI checks it.</summary>
[TestFixture]
[Property("Todo", "C05")]
public sealed class CodeMdDogfoodTests
{
    private static readonly string s_root = RepositoryLayout.Root();

    [Test]
    public void CiChecksTheDesignDocument()
    {
        var script = File.ReadAllText(Path.Combine(s_root, ".ci", "run"));

        Assert.That(script, Does.Contain("dotnet run --project src/TddGuard.Cli --no-build -- codemd --check || codemd_status=$?"));
        Assert.That(script, Does.Contain("[ \"$codemd_status\" -ne 0 ]"));
    }

    [TestCase("TG3101")]
    [TestCase("TG3102")]
    [TestCase("TG3103")]
    [TestCase("TG3104")]
    [TestCase("TG3105")]
    public void EachRuleHasItsPageAndReadmeRow(string id)
    {
        var rule = CodeMdRules.All.Single(rule => rule.Id == id);
        var page = File.ReadAllText(Path.Combine(s_root, "docs", "rules", $"{id}.md"));

        Assert.That(page, Does.StartWith($"# {id}: {rule.Title}\n"));
        Assert.That(page, Does.Contain($"| Default severity | {rule.DefaultSeverity} |"));
        Assert.That(File.ReadAllText(Path.Combine(s_root, "README.md")), Does.Contain($"| [{id}](docs/rules/{id}.md) | {rule.Title} | {rule.DefaultSeverity} |"));
        Assert.That(rule.HelpUri, Does.EndWith($"docs/rules/{id}.md"));
    }

    [Test]
    public void TheDesignDocumentHasSoundMarkersAndTheGeneratedOverview()
    {
        var document = MarkerDocument.Parse(File.ReadAllText(Path.Combine(s_root, "design", "CODE.md")));

        Assert.That(document.Problems, Is.Empty);
        Assert.That(document.Regions, Has.Some.Property(nameof(DocumentSegment.RegionName)).EqualTo(CodeMdRenderer.OverviewRegion));
        Assert.That(document.Regions, Has.Some.Property(nameof(DocumentSegment.RegionName)).EqualTo(CodeMdRenderer.NamespacePrefix + "TddGuard.CodeMd"));
    }
}
