using System.IO;
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

    [Test]
    public void TheDesignDocumentHasSoundMarkersAndTheGeneratedOverview()
    {
        var document = MarkerDocument.Parse(File.ReadAllText(Path.Combine(s_root, "design", "CODE.md")));

        Assert.That(document.Problems, Is.Empty);
        Assert.That(document.Regions, Has.Some.Property(nameof(DocumentSegment.RegionName)).EqualTo(CodeMdRenderer.OverviewRegion));
        Assert.That(document.Regions, Has.Some.Property(nameof(DocumentSegment.RegionName)).EqualTo(CodeMdRenderer.NamespacePrefix + "TddGuard.CodeMd"));
    }
}
