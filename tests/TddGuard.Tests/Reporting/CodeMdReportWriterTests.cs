using System.IO;
using NUnit.Framework;
using TddGuard.CodeMd;
using TddGuard.Reporting;

namespace TddGuard.Tests.Reporting;

[TestFixture]
[Property("Todo", "C05")]
public sealed class CodeMdReportWriterTests
{
    private static readonly CodeMdReport s_report = new(
        "design/CODE.md",
        [CodeMdRules.StaleName.At(new SourceLocation("design/CODE.md", 7, 3), "`Basket` is no longer a name in the code.", null)],
        [new InputProblem(SourceLocation.StartOf("src/A/A.csproj"), "src/A/A.csproj could not be read.")],
        IsUpToDate: true,
        Written: false);

    [TestCase(ReportFormat.Text, "design/CODE.md(7,3): warning TG3102: `Basket` is no longer a name in the code.")]
    [TestCase(ReportFormat.Text, "src/A/A.csproj(1,1): error: src/A/A.csproj could not be read.")]
    [TestCase(ReportFormat.Text, "codemd: design/CODE.md up to date; 0 errors, 1 warnings, 0 notes; 1 input problems")]
    [TestCase(ReportFormat.Json, "\"upToDate\": true")]
    [TestCase(ReportFormat.Json, "\"line\": 7")]
    [TestCase(ReportFormat.Sarif, "\"ruleId\": \"TG3102\"")]
    [TestCase(ReportFormat.Sarif, "\"executionSuccessful\": false")]
    public void EachFormatSaysWhatWasFound(ReportFormat format, string expected)
    {
        using var writer = new StringWriter();

        CodeMdReportWriter.Write(s_report, format, writer);

        Assert.That(writer.ToString(), Does.Contain(expected));
    }

    [Test]
    public void WarningsFailTheRun() => Assert.That(s_report.HasFailingFindings, Is.True);
}
