using System.IO;
using System.Linq;
using System.Xml.Linq;
using NUnit.Framework;
using TddGuard.Check;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Check;

[TestFixture]
[Property("Todo", "C06")]
public sealed class RepositoryCheckTests
{
    [TestCase("Shop/Shop.csproj")]
    [TestCase("src/Shop")]
    [TestCase("")]
    public void TheRepositoryIsTheNearestFolderWithADesignFolder(string target)
    {
        using var workspace = new TemporaryDirectory("check-root");
        workspace.WriteFile("design/TODO.md", "# TODO");
        workspace.WriteFile("Shop/Shop.csproj", "<Project />");
        Directory.CreateDirectory(workspace.Combine("src", "Shop"));

        var root = RepositoryCheck.RepositoryRootOf(workspace.Combine(target));

        Assert.That(Path.GetFullPath(root), Is.EqualTo(Path.GetFullPath(workspace.Path)));
    }

    [Test]
    public void InjectedTargetsAddTheShippedAnalyzerOnlyWhenTheProjectHasNoneAndLogEachProject()
    {
        var targets = XDocument.Parse(BuildInjection.Targets("/tool", "/tmp/logs", "/repo"));
        var imports = targets.Descendants("Import").Select(import => (string)import.Attribute("Project")!).ToList();
        var analyzer = targets.Descendants("Analyzer").Single();

        Assert.That(string.Join(";", imports), Is.EqualTo("/tool/build/TddGuard.props;/tool/build/TddGuard.targets"));
        Assert.That((string)analyzer.Attribute("Include")!, Is.EqualTo("/tool/" + BuildInjection.AnalyzerFileName));
        Assert.That((string)analyzer.Attribute("Condition")!, Does.Contain("@(_TddGuardCheckReferenced)"));
        Assert.That(targets.Descendants("ErrorLog").Single().Value, Is.EqualTo("/tmp/logs/$(MSBuildProjectName)/$(TargetFramework).sarif,version=2.1"));
    }

    [Test]
    public void InjectedTargetsLogAndAnalyseOnlyTheProjectsUnderTheRepository()
    {
        var targets = XDocument.Parse(BuildInjection.Targets("/tool", "/tmp/logs", "/repo/"));
        var scope = targets.Descendants("_TddGuardCheckRelative").Single().Value;

        Assert.That(scope, Does.Contain("MakeRelative('/repo/', '$(MSBuildProjectDirectory)/')"));
        Assert.That((string)targets.Descendants("ErrorLog").Single().Parent!.Attribute("Condition")!, Is.EqualTo("'$(_TddGuardCheckInScope)' == 'true'"));
        Assert.That((string)targets.Descendants("Target").Single(target => (string)target.Attribute("Name")! == "TddGuardCheckAddAnalyzer").Attribute("Condition")!, Does.Contain("'$(_TddGuardCheckInScope)' == 'true'"));
    }

    [Test]
    public void InjectedTargetsRecordEachInScopeCompilerCommandLineForTheExactTestMap()
    {
        var targets = XDocument.Parse(BuildInjection.Targets("/tool", "/tmp/logs", "/repo"));
        var record = targets.Descendants("Target").Single(target => (string)target.Attribute("Name")! == "TddGuardCheckRecordCompilerCall");
        var write = record.Descendants("WriteLinesToFile").Single();

        Assert.That(targets.Descendants("ProvideCommandLineArgs").Single().Value, Is.EqualTo("true"));
        Assert.That((string)targets.Descendants("ProvideCommandLineArgs").Single().Parent!.Attribute("Condition")!, Is.EqualTo("'$(_TddGuardCheckInScope)' == 'true'"));
        Assert.That((string)record.Attribute("AfterTargets")!, Is.EqualTo("CoreCompile"));
        Assert.That((string)write.Attribute("File")!, Is.EqualTo("/tmp/logs/$(MSBuildProjectName)/$(TargetFramework)" + CompilerInvocation.Extension));
        Assert.That((string)write.Attribute("Lines")!, Does.EndWith("@(CscCommandLineArgs)"));
        Assert.That(
            record.Descendants().Where(element => element.Attribute("Include") is not null).Select(element => (string)element.Attribute("Include")!),
            Is.EqualTo(new[] { CompilerInvocation.DirectoryHeader + "$(MSBuildProjectDirectory)", CompilerInvocation.TestHeader + "$(TddGuardIsTestProject)" }));
    }
}
