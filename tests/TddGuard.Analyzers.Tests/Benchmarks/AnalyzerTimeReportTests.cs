using System;
using System.Linq;
using NUnit.Framework;
using TddGuard.Analyzers.Benchmarks;

namespace TddGuard.Analyzers.Tests.Benchmarks;

/// <summary>
/// The real-repository benchmark reads the analyzer summary the compiler prints under <c>-p:ReportAnalyzer=true</c>
/// from a detailed build log: per analyzer assembly, and per analyzer type within it.
/// </summary>
[TestFixture]
[Property("Todo", "R06")]
public sealed class AnalyzerTimeReportTests
{
    private static readonly string[] s_roslynatorAnalyzers = ["SingleLineDocumentationCommentTriviaAnalyzer", "MergeIfWithNestedIfAnalyzer"];

    private const string Summary = """
             1>/src/Lib/Block.cs(85,43): warning TG2003: "x" is a magic string [/src/Lib/Lib.csproj]
                 NOTE: Elapsed time may be less than analyzer execution time because analyzers can run concurrently.

                 Total analyzer execution time: 10.280 seconds.

                 Time (s)    %   Analyzer
                    5.611   54   TddGuard.Analyzers, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null
                    2.118   20      TddGuard.Analyzers.Tdd.UntestedCodeAnalyzer (TG1000, TG1001, TG1002)
                    0.910    8      TddGuard.Analyzers.Design.CommentedOutCodeAnalyzer (TG2015)
                   <0.001   <1      TddGuard.Analyzers.Design.NameStutterAnalyzer (TG2022)

                    2.546   24   Roslynator.CSharp.Analyzers, Version=5.0.1.0, Culture=neutral, PublicKeyToken=926ea54d246a765e
                    0.689    6      Roslynator.CSharp.Analysis.SingleLineDocumentationCommentTriviaAnalyzer (RCS1138, RCS1139)
                    0.530    5      Roslynator.CSharp.Analysis.MergeIfWithNestedIfAnalyzer (RCS1061, RCS1061FadeOut)

                 All analyzers have enabled concurrent execution.

                 Total generator execution time: 1.051 seconds.

                 Time (s)    %   Generator
                    0.808   76   Microsoft.Interop.ComInterfaceGenerator, Version=10.0.14.42308, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a
                    0.645   61      Microsoft.Interop.ComInterfaceGenerator
         """;

    [Test]
    public void ReadsEachAnalyzerAssemblysTime()
    {
        var report = AnalyzerTimeReport.Parse(Lines(Summary));

        Assert.That(report.Select(assembly => (assembly.Name, assembly.Seconds)), Is.EqualTo(new[] { ("TddGuard.Analyzers", 5.611), ("Roslynator.CSharp.Analyzers", 2.546) }));
    }

    [Test]
    public void ReadsEachAnalyzerTypeByItsShortNameWithinItsAssembly()
    {
        var report = AnalyzerTimeReport.Parse(Lines(Summary));

        Assert.That(
            report[0].Analyzers.Select(analyzer => (analyzer.Name, analyzer.Seconds)),
            Is.EqualTo(new[] { ("UntestedCodeAnalyzer", 2.118), ("CommentedOutCodeAnalyzer", 0.910), ("NameStutterAnalyzer", 0.001) }));
        Assert.That(report[1].Analyzers.Select(analyzer => analyzer.Name), Is.EqualTo(s_roslynatorAnalyzers));
    }

    [Test]
    public void DoesNotReadTheGeneratorsSummary()
    {
        var report = AnalyzerTimeReport.Parse(Lines(Summary));

        Assert.That(report.Select(assembly => assembly.Name), Does.Not.Contain("Microsoft.Interop.ComInterfaceGenerator"));
    }

    [Test]
    public void AddsUpTheSummariesOfSeveralCompilations()
    {
        var report = AnalyzerTimeReport.Parse(Lines(Summary + "\n" + Summary.Replace("5.611", "1.000", StringComparison.Ordinal)));

        Assert.That(AnalyzerTimeReport.SecondsOf(report, "TddGuard.Analyzers"), Is.EqualTo(6.611).Within(1e-9));
        Assert.That(report[0].Analyzers[0].Seconds, Is.EqualTo(4.236).Within(1e-9));
    }

    [Test]
    public void ReadsNodePrefixedLines()
    {
        var report = AnalyzerTimeReport.Parse(["Total analyzer execution time: 1.5 seconds.", "1>   1.250   83   TddGuard.Analyzers, Version=0.1.0.0, Culture=neutral"]);

        Assert.That(AnalyzerTimeReport.SecondsOf(report, "TddGuard.Analyzers"), Is.EqualTo(1.25));
    }

    [Test]
    public void AnAssemblyThatDidNotRunTakesNoTime()
    {
        var report = AnalyzerTimeReport.Parse(["Build succeeded.", "    1.250   83   TddGuard.Analyzers, Version=0.1.0.0"]);

        Assert.That(report, Is.Empty);
        Assert.That(AnalyzerTimeReport.SecondsOf(report, "Roslynator.CSharp.Analyzers"), Is.Zero);
    }

    private static string[] Lines(string text) => text.Split('\n');
}
