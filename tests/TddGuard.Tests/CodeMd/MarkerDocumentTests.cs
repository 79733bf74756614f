using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NUnit.Framework;
using TddGuard.CodeMd;

namespace TddGuard.Tests.CodeMd;

[TestFixture]
[Property("Todo", "C05")]
public sealed class MarkerDocumentTests
{
    private const int RandomDocuments = 500;
    private const int Seed = 20261126;
    private const int MaxPieces = 12;

    private static readonly string[] s_newLines = ["\n", "\r\n"];

    private static readonly string[] s_handWrittenLines =
    [
        "# Title", "", "Some prose with `Code` in it.", "- a list item", "<!-- an ordinary comment -->",
        "Inline <!-- tddguard:begin x --> is not a marker", "| a | table |", "   indented text  ", "émoji ✓ and ünïcode",
    ];

    [TestCase("a\n<!-- tddguard:begin one -->\nold\n<!-- tddguard:end one -->\nb\n", "a\n|one:<!-- tddguard:begin one -->\nold\n<!-- tddguard:end one -->\n|b\n")]
    [TestCase("<!-- tddguard:begin one -->\r\n<!-- tddguard:end one -->", "one:<!-- tddguard:begin one -->\r\n<!-- tddguard:end one -->")]
    [TestCase("  <!--tddguard:begin  namespace:A.B-->  \n<!-- tddguard:end namespace:A.B -->\n", "namespace:A.B:  <!--tddguard:begin  namespace:A.B-->  \n<!-- tddguard:end namespace:A.B -->\n")]
    [TestCase("```\n<!-- tddguard:begin one -->\n```\n", "```\n<!-- tddguard:begin one -->\n```\n")]
    [TestCase("no markers at all", "no markers at all")]
    public void ParsingCutsTheTextIntoSegmentsThatGiveItBack(string text, string expected)
    {
        var document = MarkerDocument.Parse(text);

        Assert.That(document.Problems, Is.Empty);
        Assert.That(string.Join("|", document.Segments.Select(segment => segment.IsRegion ? $"{segment.RegionName}:{segment.Text}" : segment.Text)), Is.EqualTo(expected));
        Assert.That(document.Text, Is.EqualTo(text));
    }

    [TestCase("<!-- tddguard:begin a -->\n", 1, "never ends")]
    [TestCase("x\n<!-- tddguard:end a -->\n", 2, "has no begin marker")]
    [TestCase("<!-- tddguard:begin a -->\n<!-- tddguard:begin b -->\n<!-- tddguard:end b -->\n<!-- tddguard:end a -->\n", 2, "cannot nest")]
    [TestCase("<!-- tddguard:begin a -->\n<!-- tddguard:end b -->\n", 2, "make the names agree")]
    [TestCase("<!-- tddguard:begin a -->\n<!-- tddguard:end a -->\n<!-- tddguard:begin a -->\n<!-- tddguard:end a -->\n", 3, "appears twice (lines 1 and 3)")]
    [TestCase("text\n~~~~\n<!-- tddguard:begin a -->\n~~~\n", 2, "never closed")]
    public void BrokenMarkersAreProblemsWithTheirLine(string text, int line, string message)
    {
        var problem = MarkerDocument.Parse(text).Problems[0];

        Assert.That(problem.Line, Is.EqualTo(line));
        Assert.That(problem.Message, Does.Contain(message));
    }

    [TestCase("intro\n", "intro\n\n<!-- tddguard:begin a -->\nA\n<!-- tddguard:end a -->\n")]
    [TestCase("intro", "intro\n\n<!-- tddguard:begin a -->\nA\n<!-- tddguard:end a -->\n")]
    [TestCase("", "<!-- tddguard:begin a -->\nA\n<!-- tddguard:end a -->\n")]
    [TestCase("intro\r\n\r\n", "intro\r\n\r\n<!-- tddguard:begin a -->\r\nA\r\n<!-- tddguard:end a -->\r\n")]
    [TestCase("x\n<!-- tddguard:begin a -->\nold\n<!-- tddguard:end a -->\ntail", "x\n<!-- tddguard:begin a -->\nA\n<!-- tddguard:end a -->\ntail")]
    [TestCase("<!-- tddguard:begin a -->\n<!-- tddguard:end a -->", "<!-- tddguard:begin a -->\nA\n<!-- tddguard:end a -->")]
    public void UpdateWritesRegionsInPlaceOrAppendsThem(string text, string expected)
    {
        var updated = MarkerDocument.Parse(text).Update([new("a", "A\n")], _ => false);

        Assert.That(updated, Is.EqualTo(expected));
    }

    [Test]
    public void NewRegionsGoAfterTheLastRegionOfTheirKindAndObsoleteOnesAreRemoved()
    {
        const string Text = "top\n<!-- tddguard:begin ns:A -->\nA\n<!-- tddguard:end ns:A -->\nmiddle\n<!-- tddguard:begin ns:Old -->\nold\n<!-- tddguard:end ns:Old -->\nend\n";

        var updated = MarkerDocument.Parse(Text).Update([new("ns:A", "A2"), new("ns:B", "B")], name => name.StartsWith("ns:", StringComparison.Ordinal));

        Assert.That(updated, Is.EqualTo("top\n<!-- tddguard:begin ns:A -->\nA2\n<!-- tddguard:end ns:A -->\n\n<!-- tddguard:begin ns:B -->\nB\n<!-- tddguard:end ns:B -->\nmiddle\nend\n"));
    }

    [TestCase("a\r\nb\n", "\r\n")]
    [TestCase("a\nb\r\n", "\n")]
    [TestCase("no break", "\n")]
    public void TheLineEndingIsTheFirstOne(string text, string expected) =>
        Assert.That(MarkerDocument.NewLineOf(text), Is.EqualTo(expected));

    [Test]
    public void HandWrittenTextSurvivesEveryUpdateByteForByte()
    {
        var random = new Random(Seed);
        for (var documentNumber = 0; documentNumber < RandomDocuments; documentNumber++)
        {
            var (text, regionNames) = RandomDocument(random);
            var document = MarkerDocument.Parse(text);
            var generated = regionNames.Where(_ => random.Next(2) == 0).Append("fresh").Select(name => new KeyValuePair<string, string>(name, $"generated {name}\nsecond line")).ToList();

            var updated = MarkerDocument.Parse(document.Update(generated, name => name.StartsWith('o')));

            Assert.That(document.Problems, Is.Empty, text);
            Assert.That(MissingHandWrittenText(document, updated.Text), Is.Null, text);
            Assert.That(updated.Regions.Select(region => region.RegionName), Is.SupersetOf(generated.Select(pair => pair.Key)), text);
            Assert.That(MarkerDocument.Parse(updated.Update(generated, name => name.StartsWith('o'))).Text, Is.EqualTo(updated.Text), text);
        }
    }

    /// <summary>The first hand-written segment of <paramref name="original"/> not found whole, in order, in <paramref name="updated"/>.</summary>
    private static string? MissingHandWrittenText(MarkerDocument original, string updated)
    {
        var position = 0;
        foreach (var segment in original.Segments.Where(segment => !segment.IsRegion))
        {
            var found = updated.IndexOf(segment.Text, position, StringComparison.Ordinal);
            if (found < 0)
            {
                return segment.Text;
            }

            position = found + segment.Text.Length;
        }

        return null;
    }

    private static (string Text, List<string> RegionNames) RandomDocument(Random random)
    {
        var text = new StringBuilder();
        var names = new List<string>();
        var pieces = random.Next(MaxPieces);
        for (var piece = 0; piece < pieces; piece++)
        {
            var newLine = s_newLines[random.Next(s_newLines.Length)];
            if (random.Next(3) == 0)
            {
                var name = $"{(random.Next(2) == 0 ? "o" : "k")}{piece}";
                names.Add(name);
                text.Append(MarkerDocument.BeginMarker(name)).Append(newLine).Append("content ").Append(piece).Append(newLine).Append(MarkerDocument.EndMarker(name)).Append(newLine);
            }
            else
            {
                text.Append(s_handWrittenLines[random.Next(s_handWrittenLines.Length)]).Append(newLine);
            }
        }

        return (random.Next(2) == 0 ? text.ToString().TrimEnd('\r', '\n') : text.ToString(), names);
    }
}
