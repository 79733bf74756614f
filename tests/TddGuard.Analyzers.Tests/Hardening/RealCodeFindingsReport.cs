using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace TddGuard.Analyzers.Tests.Hardening;

/// <summary>
/// Not a check but a report to read: the findings of the pack on the real-code corpus of <see cref="CrashCorpusTests"/>.
/// It never runs by itself (explicit), so it is linked to no TODO item: an item's tests must run to count.
/// </summary>
[TestFixture]
[Category("Hardening")]
public sealed class RealCodeFindingsReport
{
    private const string FindingsReportFileName = "real-code-findings.tsv";

    /// <summary>
    /// Every finding on the real code as production code, one line each (rule, assembly, file:line, message, the code
    /// of that line), for reading the rules' precision rule by rule:
    /// <c>dotnet test tests/TddGuard.Analyzers.Tests --filter "Name=WritesEveryFindingOnRealCodeForReview"</c>.
    /// </summary>
    [Test]
    [Explicit("A report to read, not a check: writes real-code-findings.tsv to the test's work directory.")]
    public async Task WritesEveryFindingOnRealCodeForReview()
    {
        var report = new StringBuilder();
        var findings = 0;
        foreach (var assemblyName in DecompiledCorpus.Assemblies)
        {
            var run = await CrashCorpusTests.RunPackAsync(DecompiledCorpus.Load(assemblyName));
            Assert.That(run.Exceptions, Is.Empty, assemblyName);
            foreach (var diagnostic in run.Diagnostics.OrderBy(diagnostic => diagnostic.Id, StringComparer.Ordinal))
            {
                report.AppendLine(FindingLine(assemblyName, diagnostic));
                findings++;
            }
        }

        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, FindingsReportFileName);
        File.WriteAllText(path, report.ToString());
        TestContext.AddTestAttachment(path);
        TestContext.Out.WriteLine($"{findings} findings on real code written to {path}");
        Assert.That(File.ReadLines(path).Count(), Is.EqualTo(findings));
    }

    private static string FindingLine(string assemblyName, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var code = diagnostic.Location.SourceTree is { } tree ? tree.GetText().Lines[span.StartLinePosition.Line].ToString().Trim() : string.Empty;
        var fields = new[] { diagnostic.Id, assemblyName, $"{Path.GetFileName(span.Path)}:{span.StartLinePosition.Line + 1}", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), code };
        return string.Join('\t', fields.Select(field => field.Replace('\t', ' ')));
    }
}
