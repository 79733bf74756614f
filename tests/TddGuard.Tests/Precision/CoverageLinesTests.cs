using System.Xml.Linq;
using NUnit.Framework;
using TddGuard.Precision;

namespace TddGuard.Tests.Precision;

[TestFixture]
[Property("Todo", "R05")]
public sealed class CoverageLinesTests
{
    private const string Root = "/repo";

    // Lines 3-5 of Lib/Basket.cs as a method lists them; line 8 only at the class level.
    [TestCase(3, 4, 2, 1)]
    [TestCase(3, 5, 3, 1)]
    [TestCase(5, 7, 1, 0)]
    [TestCase(8, 8, 1, 1)]
    [TestCase(9, 12, 0, 0)]
    public void ASpansHitsAreItsListedLinesAndThoseThatRan(int first, int last, int coverable, int covered)
    {
        var coverage = new CoverageLines();
        coverage.Add(Cobertura("/repo/src/", "Lib/Basket.cs", ("3", "0"), ("4", "2"), ("5", "0")));

        Assert.That(coverage.HitsIn(Root, "src/Lib/Basket.cs", new LineSpan(first, last)), Is.EqualTo(new LineHits(coverable, covered)));
    }

    [Test]
    public void ALineHitInAnyDocumentIsCovered()
    {
        var coverage = new CoverageLines();
        coverage.Add(Cobertura("/repo/", "Basket.cs", ("3", "0")));
        coverage.Add(Cobertura("/repo/", "Basket.cs", ("3", "5")));
        coverage.Add(Cobertura("/repo/", "Basket.cs", ("3", "0")));

        Assert.That(coverage.HitsIn(Root, "Basket.cs", new LineSpan(3, 3)), Is.EqualTo(new LineHits(1, 1)));
        Assert.That(coverage.FileCount, Is.EqualTo(1));
    }

    [Test]
    public void AnAbsoluteFileNameNeedsNoSource()
    {
        var coverage = new CoverageLines();
        coverage.Add(Cobertura("/elsewhere/", "/repo/Basket.cs", ("3", "1")));

        Assert.That(coverage.HitsIn(Root, "Basket.cs", new LineSpan(3, 3)), Is.EqualTo(new LineHits(1, 1)));
    }

    [Test]
    public void AFileUnderAnotherRootIsFoundByItsRelativePath()
    {
        var coverage = new CoverageLines();
        coverage.Add(Cobertura("/_/", "src/Lib/Basket.cs", ("3", "1")));
        coverage.Add(Cobertura("/_/", "src/Other/Basket.cs", ("3", "0")));

        Assert.That(coverage.HitsIn(Root, "src/Lib/Basket.cs", new LineSpan(3, 3)), Is.EqualTo(new LineHits(1, 1)));
        Assert.That(coverage.HitsIn(Root, "src/Other/Basket.cs", new LineSpan(3, 3)), Is.EqualTo(new LineHits(1, 0)));
    }

    [Test]
    public void AFileTheCoverageDoesNotListHasNoCoverableLines()
    {
        var coverage = new CoverageLines();
        coverage.Add(Cobertura("/repo/", "Basket.cs", ("3", "1")));

        Assert.That(coverage.HitsIn(Root, "Lib/Basket.cs", new LineSpan(3, 3)), Is.EqualTo(new LineHits(0, 0)));
        Assert.That(coverage.HitsIn(Root, "Till.cs", new LineSpan(3, 3)), Is.EqualTo(new LineHits(0, 0)));
    }

    private static XDocument Cobertura(string source, string file, params (string Number, string Hits)[] lines) =>
        new(new XElement(
            "coverage",
            new XElement("sources", new XElement("source", source)),
            new XElement("packages", new XElement("package", new XElement("classes", new XElement(
                "class",
                new XAttribute("name", "Lib.Basket"),
                new XAttribute("filename", file),
                new XElement("methods", new XElement(
                    "method",
                    new XAttribute("name", "Add"),
                    new XElement("lines", System.Linq.Enumerable.Select(lines, line => Line(line.Number, line.Hits))))),
                new XElement("lines", System.Linq.Enumerable.Select(lines, line => Line(line.Number, line.Hits)), Line("8", "1"))))))));

    private static XElement Line(string number, string hits) => new("line", new XAttribute("number", number), new XAttribute("hits", hits));
}
