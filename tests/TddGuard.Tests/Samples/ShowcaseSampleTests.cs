using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Samples;

/// <summary>
/// The README's main command: building the samples prints every design rule at least once, and each TDD rule
/// (TG1000-TG1006) exactly where the sample means to show it.
/// </summary>
[TestFixture]
[Category("Integration")]
public sealed partial class ShowcaseSampleTests
{
    private const string SamplesSolution = "samples/Samples.sln";

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
            SamplesSolution,
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

    [TestCase("TG1001", "samples/Showcase/Untested.cs", 1)]
    [TestCase("TG1002", "samples/Showcase/Untested.cs", 1)]
    [TestCase("TG1003", "samples/Showcase.Tests/AssertsNothingTests.cs", 1)]
    [TestCase("TG1004", "samples/Showcase.Tests/ClockTests.cs", 1)]
    [TestCase("TG1005", "samples/Showcase.Tests/LiteralsTests.cs", 2)]
    [TestCase("TG1006", "samples/Showcase.Tests/NeverRunsTests.cs", 1)]
    public void TheSamplesShowTheTddRuleOnlyInTheFileMeantToShowIt(string id, string file, int count)
    {
        var locations = Findings().Where(finding => finding.Id == id).Select(finding => finding.Location).Distinct().ToList();

        Assert.That(locations, Has.Count.EqualTo(count).And.All.StartsWith(file + "("), _build!.Output);
    }

    [Test]
    public void TheSamplesShowTg1000OnlyForTheProjectWithoutTests()
    {
        var projects = NoTestSources().Matches(_build!.Output).Select(match => match.Groups["project"].Value).Distinct();

        Assert.That(string.Join(", ", projects), Is.EqualTo("Untested.Library"), _build.Output);
    }

    [Test]
    public void TheMemberTheSampleTestsExerciseIsNotReported()
    {
        Assert.That(_build!.Output, Does.Contain("'PriceList.Discount'").And.Not.Contain("'PriceList.PriceOf'"));
    }

    private IEnumerable<(string Id, string Location)> Findings() =>
        Finding().Matches(_build!.Output).Select(match => (match.Groups["id"].Value, match.Groups["location"].Value));

    [GeneratedRegex(@"(?<location>samples/[\w./]+\.cs\(\d+,\d+\)): warning (?<id>TG\d{4}):")]
    private static partial Regex Finding();

    [GeneratedRegex(@"warning TG1000: No test sources reach project '(?<project>[\w.]+)'")]
    private static partial Regex NoTestSources();

    [GeneratedRegex(@"^(?<id>TG\d{4})\s*\|\s*(?<category>\w+)\s*\|")]
    private static partial Regex ReleaseLine();
}
