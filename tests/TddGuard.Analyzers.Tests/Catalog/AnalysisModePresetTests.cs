using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Analyzers.Tests.Catalog;

/// <summary>The <c>.globalconfig</c> presets selected by <c>TddGuardAnalysisMode</c> cover exactly the shipped rules.</summary>
[TestFixture]
[Property("Todo", "D10")]
public sealed partial class AnalysisModePresetTests
{
    private static IEnumerable<TestCaseData> ExpectedSeverities() =>
        RuleCatalog.AllDescriptors().SelectMany(descriptor => new[]
        {
            new TestCaseData("recommended", descriptor.Id, EditorConfigSeverity(descriptor.DefaultSeverity)),
            new TestCaseData("strict", descriptor.Id, "error"),
        });

    [TestCaseSource(nameof(ExpectedSeverities))]
    public void PresetSetsTheRuleSeverity(string mode, string id, string severity)
    {
        Assert.That(SeveritiesIn(mode), Does.ContainKey(id).WithValue(severity));
    }

    [TestCase("recommended")]
    [TestCase("strict")]
    public void PresetNamesNoRuleThatDoesNotShip(string mode)
    {
        Assert.That(SeveritiesIn(mode).Keys, Is.EquivalentTo(RuleCatalog.AllIds()));
    }

    [TestCase("recommended")]
    [TestCase("strict")]
    public void PresetIsAGlobalConfigThatYieldsToTheUsersOwn(string mode)
    {
        var lines = File.ReadAllLines(PresetPath(mode)).Select(line => line.Trim()).ToArray();

        Assert.That(lines, Does.Contain("is_global = true"));
        Assert.That(lines, Does.Contain("global_level = -1"));
    }

    private static Dictionary<string, string> SeveritiesIn(string mode) =>
        File.ReadAllLines(PresetPath(mode))
            .Select(line => SeverityLine().Match(line))
            .Where(match => match.Success)
            .ToDictionary(match => match.Groups["id"].Value, match => match.Groups["severity"].Value);

    private static string PresetPath(string mode) => Path.Combine(RepositoryLayout.Root(), "build", $"TddGuard.{mode}.globalconfig");

    private static string EditorConfigSeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };

    [GeneratedRegex(@"^\s*dotnet_diagnostic\.(?<id>TG\d{4})\.severity\s*=\s*(?<severity>\w+)\s*$")]
    private static partial Regex SeverityLine();
}
