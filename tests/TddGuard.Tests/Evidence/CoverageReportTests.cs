using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Evidence;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Evidence;

[TestFixture]
[Property("Todo", "C03")]
public sealed class CoverageReportTests
{
    // Line numbers of Sample/Calculator.cs as coverlet reported them (see TestData/README.md).
    [TestCase("Calculator Add", 4, 4)]
    [TestCase("Calculator Calls", 1, 1)]
    [TestCase("Calculator Never", 0, 4)]
    [TestCase("Calculator Add Never", 4, 8)]
    [TestCase("Calculator AddLaterAsync", 4, 4)]
    [TestCase("Calculator SumOfSquares", 1, 1)]
    [TestCase("Calculator Divide", 6, 6)]
    public async Task AnItemsCoverageIsTheLineCoverageOfTheMembersItsTestsReference(string referencedNames, int covered, int total)
    {
        var coverage = await LoadSampleCoverageAsync();

        var lines = coverage.CoverageOf(new HashSet<string>(referencedNames.Split(" ")));

        Assert.That(lines, Is.EqualTo(new LineCoverage(covered, total)));
    }

    [TestCase("Add Never")]
    [TestCase("Calculator")]
    [TestCase("Other Add")]
    public async Task MembersAreOnlyCountedWhenTheTestNamesBothTheTypeAndTheMember(string referencedNames)
    {
        var coverage = await LoadSampleCoverageAsync();

        Assert.That(coverage.CoverageOf(new HashSet<string>(referencedNames.Split(" "))), Is.Null);
    }

    [Test]
    public async Task ALineCoveredInAnyReportIsCovered()
    {
        using var repository = new TemporaryDirectory("coverage");
        repository.WriteFile("one.cobertura.xml", Cobertura(hits: 0));
        repository.WriteFile("two.cobertura.xml", Cobertura(hits: 3));

        var evidence = await new EvidenceLoader().LoadAsync(repository.Path, EvidenceRequest.Explicit([], ["*.cobertura.xml"]), default);

        Assert.That(evidence.Problems, Is.Empty);
        Assert.That(evidence.Coverage!.CoverageOf(new HashSet<string> { "Widget", "Spin" }), Is.EqualTo(new LineCoverage(1, 2)));
        Assert.That(evidence.Results, Is.Null);
    }

    [TestCase(3, 4, 0.75)]
    [TestCase(0, 4, 0.0)]
    [TestCase(2, 2, 1.0)]
    public void RatioIsCoveredOverTotal(int covered, int total, double ratio)
    {
        Assert.That(new LineCoverage(covered, total).Ratio, Is.EqualTo(ratio));
    }

    private static async Task<CoverageReport> LoadSampleCoverageAsync()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "sample.cobertura.xml");
        var evidence = await new EvidenceLoader().LoadAsync(Path.GetDirectoryName(path)!, EvidenceRequest.Explicit([], [path]), default);
        Assert.That(evidence.Problems, Is.Empty);
        return evidence.Coverage!;
    }

    private static string Cobertura(int hits) => $"""
        <coverage><packages><package name="P"><classes>
          <class name="Shop.Widget" filename="src/Widget.cs">
            <methods>
              <method name="Spin" signature="()">
                <lines><line number="10" hits="{hits}" /><line number="11" hits="0" /></lines>
              </method>
            </methods>
          </class>
        </classes></package></packages></coverage>
        """;
}
