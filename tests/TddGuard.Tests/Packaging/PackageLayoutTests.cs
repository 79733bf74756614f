using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using NUnit.Framework;

namespace TddGuard.Tests.Packaging;

[TestFixture]
[Category("Integration")]
[Property("Todo", "F04")]
public sealed class PackageLayoutTests
{
    [TestCase("analyzers/dotnet/cs/TddGuard.Analyzers.dll")]
    [TestCase("analyzers/dotnet/cs/TddGuard.CodeFixes.dll")]
    [TestCase("build/TddGuard.props")]
    [TestCase("build/TddGuard.targets")]
    [TestCase("buildTransitive/TddGuard.props")]
    [TestCase("buildTransitive/TddGuard.targets")]
    [TestCase("build/TddGuard.recommended.globalconfig")]
    [TestCase("build/TddGuard.strict.globalconfig")]
    [TestCase("buildTransitive/TddGuard.recommended.globalconfig")]
    [TestCase("buildTransitive/TddGuard.strict.globalconfig")]
    [TestCase("README.md")]
    [TestCase("LICENSE")]
    [TestCase("tools/tddguard/tddguard.dll")]
    [TestCase("tools/tddguard/tddguard.runtimeconfig.json")]
    [TestCase("tools/tddguard/TddGuard.Core.dll")]
    public void AnalyzerPackageHoldsTheEntry(string entry)
    {
        Assert.That(EntriesOf("TddGuard"), Does.Contain(entry));
    }

    [Test]
    public void AnalyzerPackageAddsNoLibraryOrDependencyToTheConsumer()
    {
        var entries = EntriesOf("TddGuard");
        var nuspec = NuspecOf("TddGuard");
        var ns = nuspec.Root!.Name.Namespace;

        Assert.That(entries.Where(entry => entry.StartsWith("lib/", System.StringComparison.Ordinal)), Is.Empty);
        Assert.That(nuspec.Descendants(ns + "dependency"), Is.Empty);
        Assert.That(nuspec.Descendants(ns + "developmentDependency").Single().Value, Is.EqualTo("true"));
        Assert.That(nuspec.Descendants(ns + "readme").Single().Value, Is.EqualTo("README.md"));
        Assert.That(nuspec.Descendants(ns + "license").Single().Value, Is.EqualTo("LICENSE"));
    }

    [Test]
    [Property("Todo", "F06")]
    public void CliPackageIsADotnetToolNamedTddguard()
    {
        var entries = EntriesOf("TddGuard.Cli");
        var nuspec = NuspecOf("TddGuard.Cli");
        var ns = nuspec.Root!.Name.Namespace;

        Assert.That(entries, Does.Contain("tools/net10.0/any/tddguard.dll"));
        Assert.That(entries, Does.Contain("tools/net10.0/any/DotnetToolSettings.xml"));
        Assert.That(entries, Does.Contain("tools/net10.0/any/TddGuard.Analyzers.dll"), "tddguard check injects the analyzers shipped with the tool");
        Assert.That(entries, Does.Contain("tools/net10.0/any/build/TddGuard.targets"), "tddguard check imports the package's build logic shipped with the tool");
        Assert.That(nuspec.Descendants(ns + "packageType").Select(type => type.Attribute("name")?.Value), Does.Contain("DotnetTool"));
        var settings = XDocument.Parse(ReadEntry("TddGuard.Cli", "tools/net10.0/any/DotnetToolSettings.xml"));
        Assert.That(settings.Descendants("Command").Select(command => command.Attribute("Name")?.Value).Single(), Is.EqualTo("tddguard"));
    }

    private static string[] EntriesOf(string id)
    {
        using var archive = ZipFile.OpenRead(PackedSolution.PackagePath(id));
        return [.. archive.Entries.Select(entry => entry.FullName)];
    }

    private static XDocument NuspecOf(string id) => XDocument.Parse(ReadEntry(id, $"{id}.nuspec"));

    private static string ReadEntry(string id, string entryName)
    {
        using var archive = ZipFile.OpenRead(PackedSolution.PackagePath(id));
        var entry = archive.GetEntry(entryName) ?? throw new FileNotFoundException($"{entryName} is not in {id}.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
