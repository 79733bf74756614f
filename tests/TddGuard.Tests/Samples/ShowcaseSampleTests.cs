using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Samples;

/// <summary>The README's main command: building the showcase sample prints every design rule at least once.</summary>
[TestFixture]
[Category("Integration")]
public sealed partial class ShowcaseSampleTests
{
    private ProcessResult? _build;

    private static IEnumerable<string> DesignRuleIds() =>
        File.ReadAllLines(Path.Combine(RepositoryLayout.Root(), "analyzers", "TddGuard.Analyzers", "AnalyzerReleases.Unshipped.md"))
            .Select(line => ReleaseLine().Match(line))
            .Where(match => match.Success && match.Groups["category"].Value == "Design")
            .Select(match => match.Groups["id"].Value);

    [OneTimeSetUp]
    public async Task BuildTheSampleAsync()
    {
        using var artifacts = new TemporaryDirectory("showcase");
        _build = await DotnetProcess.RunAsync(
            RepositoryLayout.Root(),
            "build",
            "samples/Showcase",
            "--artifacts-path",
            artifacts.Path,
            "--disable-build-servers");
    }

    [Test]
    public void TheSampleBuildsWithoutErrors()
    {
        Assert.That(_build!.ExitCode, Is.Zero, _build.Output);
    }

    [TestCaseSource(nameof(DesignRuleIds))]
    public void TheSampleShowsTheRule(string id)
    {
        Assert.That(_build!.Output, Does.Match($@"samples/Showcase/\w+\.cs\(\d+,\d+\): warning {id}:"));
    }

    [GeneratedRegex(@"^(?<id>TG\d{4})\s*\|\s*(?<category>\w+)\s*\|")]
    private static partial Regex ReleaseLine();
}
