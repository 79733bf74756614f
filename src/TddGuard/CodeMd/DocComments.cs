using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace TddGuard.CodeMd;

/// <summary>Turns a documentation comment's <c>&lt;summary&gt;</c> into one line of Markdown.</summary>
internal static partial class DocComments
{
    private const string SummaryElement = "summary";
    private const string CodeElement = "c";
    private const string CrefAttribute = "cref";
    private const string LangwordAttribute = "langword";
    private const string NameAttribute = "name";

    private static readonly XmlReaderSettings s_settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        ConformanceLevel = ConformanceLevel.Fragment,
    };

    /// <summary>The summary of <paramref name="xml"/> (a member's documentation XML or a comment's text), or empty.</summary>
    public static string Summary(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return string.Empty;
        }

        try
        {
            using var reader = XmlReader.Create(new System.IO.StringReader($"<doc>{xml}</doc>"), s_settings);
            var summary = XElement.Load(reader).Descendants(SummaryElement).FirstOrDefault();
            return summary is null ? string.Empty : Collapse(Render(summary));
        }
        catch (XmlException)
        {
            // A malformed comment is the compiler's to report (CS1570); it just has no summary here.
            return string.Empty;
        }
    }

    /// <summary>The first sentence of <paramref name="summary"/>.</summary>
    public static string FirstSentence(string summary)
    {
        var end = SentenceEnd().Match(summary);
        return end.Success ? summary[..(end.Index + 1)] : summary;
    }

    private static string Render(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            text.Append(node switch
            {
                XText plain => plain.Value,
                XElement { Name.LocalName: CodeElement } code => $"`{code.Value}`",
                XElement reference when reference.Attribute(CrefAttribute) is { } cref => $"`{CrefName(cref.Value)}`",
                XElement reference when reference.Attribute(LangwordAttribute) is { } word => $"`{word.Value}`",
                XElement reference when reference.Attribute(NameAttribute) is { } name && !reference.Nodes().Any() => $"`{name.Value}`",
                XElement other => " " + Render(other) + " ",
                _ => string.Empty,
            });
        }

        return text.ToString();
    }

    private static string CrefName(string cref)
    {
        var name = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
        var parameters = name.IndexOf('(', StringComparison.Ordinal);
        name = parameters < 0 ? name : name[..parameters];
        var segments = name.Split('.');
        var isMember = cref.StartsWith("M:", StringComparison.Ordinal) || cref.StartsWith("P:", StringComparison.Ordinal) || cref.StartsWith("F:", StringComparison.Ordinal) || cref.StartsWith("E:", StringComparison.Ordinal);
        return isMember && segments.Length > 1 ? $"{segments[^2]}.{segments[^1]}" : segments[^1];
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim().Replace("|", "\\|", StringComparison.Ordinal);

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[.!?](?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
