using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Tests.Shared;

[TestFixture]
[Property("Todo", "T01")]
public sealed class TestProjectsTests
{
    [TestCase("nunit.framework", true)]
    [TestCase("xunit.core", true)]
    [TestCase("xunit.v3.core", true)]
    [TestCase("Microsoft.VisualStudio.TestPlatform.TestFramework", true)]
    [TestCase("MSTest.TestFramework", true)]
    [TestCase("TUnit.Core", true)]
    [TestCase("Newtonsoft.Json", false)]
    [TestCase("MyCompany.UnitTesting", false)]
    public void RecognisesATestProjectByItsTestFrameworkReference(string referencedAssembly, bool isTestProject)
    {
        var framework = CSharpCompilation.Create(referencedAssembly, options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var project = CSharpCompilation.Create("Project", references: [framework.ToMetadataReference()]);

        Assert.That(TestProjects.IsTestProject(project), Is.EqualTo(isTestProject));
    }

    [Test]
    public void AProjectWithoutReferencesIsNotATestProject()
    {
        Assert.That(TestProjects.IsTestProject(CSharpCompilation.Create("Project")), Is.False);
    }
}
