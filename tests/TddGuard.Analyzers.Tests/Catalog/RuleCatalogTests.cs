using System.Collections.Generic;
using System.IO;
using System.Linq;
using NUnit.Framework;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Analyzers.Tests.Catalog;

/// <summary>The promises every shipped rule keeps: a page, a help link to it, a release line and a README row.</summary>
[TestFixture]
public sealed class RuleCatalogTests
{
    private static IEnumerable<string> RuleIds() => RuleCatalog.AllIds();

    [Test]
    public void TheAnalyzerAssemblyShipsRules()
    {
        Assert.That(RuleIds(), Does.Contain("TG2001"));
    }

    [TestCaseSource(nameof(RuleIds))]
    public void RuleHasAPageThatItsHelpLinkOpens(string id)
    {
        var descriptor = RuleCatalog.AllDescriptors().Single(rule => rule.Id == id);

        Assert.That(File.Exists(Path.Combine(RepositoryLayout.Root(), "docs", "rules", $"{id}.md")), Is.True, $"docs/rules/{id}.md");
        Assert.That(descriptor.HelpLinkUri, Does.EndWith($"/docs/rules/{id}.md"));
    }

    [TestCaseSource(nameof(RuleIds))]
    public void RuleHasAReleaseLine(string id)
    {
        var releases = File.ReadAllText(Path.Combine(RepositoryLayout.Root(), "analyzers", "TddGuard.Analyzers", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(RepositoryLayout.Root(), "analyzers", "TddGuard.Analyzers", "AnalyzerReleases.Shipped.md"));

        Assert.That(releases, Does.Contain($"{id} |"));
    }

    [TestCaseSource(nameof(RuleIds))]
    public void RuleHasAReadmeRowLinkingItsPage(string id)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryLayout.Root(), "README.md"));

        Assert.That(readme, Does.Contain($"| [{id}](docs/rules/{id}.md) |"));
    }
}
