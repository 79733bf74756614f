using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using NUnit.Framework;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Repository;

/// <summary>F07: .ci/run, the README with the rule table and the two commands, the sample showing TG2001, dogfooding.</summary>
[TestFixture]
[Property("Todo", "F07")]
public sealed partial class DeveloperWorkflowTests
{
    private const string TestCommand = "dotnet test TddGuard.sln --logger trx --results-directory";
    private const string SampleCommand = "dotnet run --project src/TddGuard.Cli -- check samples/Bookshop";
    private static readonly string s_root = RepositoryLayout.Root();

    [Test]
    public void CiRunsTheReadmesTestCommandAndEndsWithTheTotalsLine()
    {
        var script = File.ReadAllText(Path.Combine(s_root, ".ci", "run"));
        var lastEcho = script.Split('\n').Last(line => line.TrimStart().StartsWith("echo ", System.StringComparison.Ordinal));

        Assert.That(script, Does.StartWith("#!/usr/bin/env bash"));
        Assert.That(script, Does.Contain(TestCommand));
        Assert.That(script, Does.Contain("summary=\"tests: $passed passed, $failed failed\""));
        Assert.That(lastEcho.Trim(), Is.EqualTo("echo \"$summary\""));
    }

    [Test]
    public void ReadmeShowsTheTwoCommandsAndLinksEveryRulePage()
    {
        var readme = File.ReadAllText(Path.Combine(s_root, "README.md"));
        var pages = Directory.EnumerateFiles(Path.Combine(s_root, "docs", "rules"), "TG*.md").Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.That(readme, Does.Contain(TestCommand));
        Assert.That(readme, Does.Contain(SampleCommand));
        Assert.That(pages, Is.Not.Empty);
        Assert.That(pages.Where(id => !readme.Contains($"| [{id}](docs/rules/{id}.md) |", System.StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void EveryProjectOutsideTheAnalyzersIsCheckedByTddGuardsOwnAnalyzers()
    {
        var targets = XDocument.Load(Path.Combine(s_root, "Directory.Build.targets"));

        var dogfood = targets.Descendants("ProjectReference")
            .Single(reference => ((string?)reference.Attribute("Include"))?.EndsWith("TddGuard.Analyzers.csproj", System.StringComparison.Ordinal) == true);

        Assert.That((string?)dogfood.Attribute("OutputItemType"), Is.EqualTo("Analyzer"));
        Assert.That((string?)dogfood.Attribute("ReferenceOutputAssembly"), Is.EqualTo("false"));
        Assert.That((string?)dogfood.Parent!.Attribute("Condition"), Does.Contain("/analyzers/"));
    }

    [Test]
    [Category("Integration")]
    public async Task BuildingTheSampleShowsTG2001WithoutFailing()
    {
        using var artifacts = new TemporaryDirectory("sample");

        var result = await DotnetProcess.RunAsync(s_root, "build", "samples/Showcase", "--artifacts-path", artifacts.Path, "--disable-build-servers");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(SampleWarning().IsMatch(result.Output), Is.True, result.Output);
    }

    [GeneratedRegex(@"ShippingCalculator\.cs\(\d+,\d+\): warning TG2001")]
    private static partial Regex SampleWarning();
}
