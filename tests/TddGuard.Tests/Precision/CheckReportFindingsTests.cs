using NUnit.Framework;
using TddGuard.Precision;

namespace TddGuard.Tests.Precision;

[TestFixture]
[Property("Todo", "R05")]
public sealed class CheckReportFindingsTests
{
    private const string Report = """
        {
          "tool": "TddGuard",
          "repository": "/work/repo",
          "findings": [
            { "id": "TG2002", "severity": "warning", "message": "magic", "file": "src/A.cs", "line": 3, "column": 5, "source": "Lib" },
            { "id": "TG1002", "severity": "warning", "message": "Basket", "file": "src/Basket.cs", "line": 2, "column": 21, "source": "Lib" },
            { "id": "TG1001", "severity": "warning", "message": "Till.Open", "file": "src/Till.cs", "line": 9, "column": 17, "source": "Lib" },
            { "id": "TG1000", "severity": "note", "message": "no tests", "file": "src/Other.cs", "line": 1, "column": 1, "source": "Other" }
          ],
          "notes": [],
          "problems": []
        }
        """;

    [Test]
    public void OnlyTheUntestedMemberAndTypeFindingsAreRead()
    {
        var (root, findings) = CheckReportFindings.Read(Report);

        Assert.That(root, Is.EqualTo("/work/repo"));
        Assert.That(findings, Is.EqualTo(new[]
        {
            new UntestedFinding("TG1002", "src/Basket.cs", 2, 21, "Basket", "Lib"),
            new UntestedFinding("TG1001", "src/Till.cs", 9, 17, "Till.Open", "Lib"),
        }));
    }

    [Test]
    public void AReportWithoutFindingsHasNone()
    {
        var (_, findings) = CheckReportFindings.Read("""{ "repository": "/r", "findings": [] }""");

        Assert.That(findings, Is.Empty);
    }
}
