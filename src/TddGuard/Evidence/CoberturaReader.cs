using System.Globalization;
using System.IO;
using System.Xml;
using System.Xml.Linq;

namespace TddGuard.Evidence;

/// <summary>Reads Cobertura coverage files as coverlet writes them into a <see cref="CoverageReport"/>.</summary>
internal static class CoberturaReader
{
    public const string RootName = "coverage";

    public static void ReadInto(XDocument document, CoverageReport report)
    {
        foreach (var type in document.Descendants("class"))
        {
            var className = (string?)type.Attribute("name") ?? string.Empty;
            var file = (string?)type.Attribute("filename") ?? string.Empty;
            foreach (var method in type.Elements("methods").Elements("method"))
            {
                var member = CoberturaMember.From(className, (string?)method.Attribute("name") ?? string.Empty);
                foreach (var line in method.Elements("lines").Elements("line"))
                {
                    report.Add(member, new CoveredLine(file, IntegerOf(line, "number")), IntegerOf(line, "hits"));
                }
            }
        }
    }

    private static int IntegerOf(XElement element, string attribute) =>
        int.TryParse((string?)element.Attribute(attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException(
                $"The <{element.Name.LocalName}> element at line {((IXmlLineInfo)element).LineNumber} has no whole number in its '{attribute}' attribute.");
}
