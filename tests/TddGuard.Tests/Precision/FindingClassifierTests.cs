using System;
using System.Collections.Generic;
using System.Xml.Linq;
using NUnit.Framework;
using TddGuard.Precision;

namespace TddGuard.Tests.Precision;

[TestFixture]
[Property("Todo", "R05")]
public sealed class FindingClassifierTests
{
    private const string Root = "/repo";
    private const string File = "src/Basket.cs";
    private const string Source = """
        namespace Shop;
        public sealed class Basket
        {
            public int Ran() => 1;
            public int Idle() => 2;
            public abstract class Shape { }
        }
        """;

    [TestCase(4, 1, nameof(FindingClass.Executed))]
    [TestCase(3, 0, nameof(FindingClass.NotExecuted))]
    [TestCase(0, 0, nameof(FindingClass.NoCoverableLines))]
    public void AFoundDeclarationIsClassedByItsHits(int coverable, int covered, string expected)
    {
        Assert.That(FindingClassifier.Of(new LineSpan(1, 9), new LineHits(coverable, covered)), Is.EqualTo(Enum.Parse<FindingClass>(expected)));
    }

    [Test]
    public void ADeclarationNotFoundIsUnlocatedWhateverTheHits()
    {
        Assert.That(FindingClassifier.Of(span: null, new LineHits(4, 4)), Is.EqualTo(FindingClass.Unlocated));
    }

    // The finding's rule, line and column; its class with line 4 hit and line 5 not; the declaration's lines.
    [TestCase("TG1001", 4, 16, nameof(FindingClass.Executed), 4)]
    [TestCase("TG1001", 5, 16, nameof(FindingClass.NotExecuted), 5)]
    [TestCase("TG1002", 6, 27, nameof(FindingClass.NoCoverableLines), 6)]
    [TestCase("TG1002", 2, 21, nameof(FindingClass.Executed), 2)]
    public void AFindingIsClassedByTheCoverageOfItsDeclaration(string rule, int line, int column, string expected, int first)
    {
        var finding = new UntestedFinding(rule, File, line, column, "m", "Shop");

        var classified = FindingClassifier.Classify(finding, Root, Coverage(), _ => Source);

        Assert.That(classified.Class, Is.EqualTo(Enum.Parse<FindingClass>(expected)));
        Assert.That(classified.Span?.First, Is.EqualTo(first));
        Assert.That(classified.Finding, Is.SameAs(finding));
    }

    [Test]
    public void AFindingInAFileThatCannotBeReadIsUnlocated()
    {
        var read = new List<string>();
        var finding = new UntestedFinding("TG1001", File, 4, 16, "m", "Shop");

        var classified = FindingClassifier.Classify(finding, Root, Coverage(), path => { read.Add(path); return null; });

        Assert.That(classified.Class, Is.EqualTo(FindingClass.Unlocated));
        Assert.That(read, Is.EqualTo(new List<string> { "/repo/src/Basket.cs" }));
    }

    private static CoverageLines Coverage()
    {
        var coverage = new CoverageLines();
        coverage.Add(new XDocument(new XElement(
            "coverage",
            new XElement("sources", new XElement("source", "/repo/")),
            new XElement("class", new XAttribute("filename", "src/Basket.cs"), new XElement("lines", Line(4, 3), Line(5, 0))))));
        return coverage;
    }

    private static XElement Line(int number, int hits) => new("line", new XAttribute("number", number), new XAttribute("hits", hits));
}
