using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NUnit.Framework;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Repository;

/// <summary>F01: the solution layout, central package versions, shared build settings, global.json and .editorconfig.</summary>
[TestFixture]
[Property("Todo", "F01")]
public sealed partial class SolutionLayoutTests
{
    private static readonly string s_root = RepositoryLayout.Root();

    [Test]
    public void EveryProjectOfTheSolutionExistsAndEveryProjectOutsideSamplesIsInTheSolution()
    {
        var solution = File.ReadAllText(Path.Combine(s_root, "TddGuard.sln"));
        var listed = SolutionProject().Matches(solution).Select(match => match.Groups["path"].Value.Replace('\\', '/')).ToHashSet();
        var onDisk = Directory.EnumerateFiles(s_root, "*.csproj", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(s_root, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("samples/", System.StringComparison.Ordinal) && !path.Contains("/bin/", System.StringComparison.Ordinal) && !path.Contains("/obj/", System.StringComparison.Ordinal));

        Assert.That(listed, Is.Not.Empty);
        Assert.That(listed.Where(path => !File.Exists(Path.Combine(s_root, path))), Is.Empty);
        Assert.That(onDisk.Where(path => !listed.Contains(path)), Is.Empty);
    }

    [Test]
    public void PackageVersionsAreCentralAndEveryReferencedPackageHasOne()
    {
        var versions = XDocument.Load(Path.Combine(s_root, "Directory.Packages.props"));
        var central = versions.Descendants("PackageVersion").Select(version => (string?)version.Attribute("Include")).ToHashSet();
        var references = Directory.EnumerateFiles(s_root, "*.csproj", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}samples{Path.DirectorySeparatorChar}", System.StringComparison.Ordinal))
            .SelectMany(path => XDocument.Load(path).Descendants("PackageReference"))
            .ToList();

        Assert.That(versions.Descendants("ManagePackageVersionsCentrally").Single().Value, Is.EqualTo("true"));
        Assert.That(references, Is.Not.Empty);
        Assert.That(references.Where(reference => reference.Attribute("Version") is not null), Is.Empty);
        Assert.That(references.Select(reference => (string?)reference.Attribute("Include")).Where(id => !central.Contains(id)), Is.Empty);
    }

    [TestCase("Nullable", "enable")]
    [TestCase("TreatWarningsAsErrors", "true")]
    [TestCase("EnforceCodeStyleInBuild", "true")]
    [TestCase("AnalysisLevel", "latest-recommended")]
    [TestCase("Deterministic", "true")]
    public void SharedBuildSettingsApplyToEveryProject(string property, string value)
    {
        var props = XDocument.Load(Path.Combine(s_root, "Directory.Build.props"));

        Assert.That(props.Descendants(property).Select(element => element.Value), Is.EqualTo(new[] { value }).AsCollection);
    }

    [Test]
    public void GlobalJsonPinsTheDotNet10SdkAndRollsForwardToLaterFeatureBands()
    {
        using var globalJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(s_root, "global.json")));
        var sdk = globalJson.RootElement.GetProperty("sdk");

        Assert.That(sdk.GetProperty("version").GetString(), Does.StartWith("10.0."));
        Assert.That(sdk.GetProperty("rollForward").GetString(), Is.EqualTo("latestFeature"));
    }

    [TestCase("root = true")]
    [TestCase("csharp_style_namespace_declarations = file_scoped:warning")]
    [TestCase("dotnet_diagnostic.IDE0005.severity = warning")]
    [TestCase("tddguard.max_nesting_depth = 3")]
    public void EditorConfigHoldsTheRepositorysStyleAndTddGuardsOwnSettings(string line)
    {
        var lines = File.ReadAllLines(Path.Combine(s_root, ".editorconfig")).Select(text => text.Trim());

        Assert.That(lines, Does.Contain(line));
    }

    [GeneratedRegex(@"^Project\(""\{[^}]+\}""\) = ""[^""]+"", ""(?<path>[^""]+\.csproj)""", RegexOptions.Multiline)]
    private static partial Regex SolutionProject();
}
