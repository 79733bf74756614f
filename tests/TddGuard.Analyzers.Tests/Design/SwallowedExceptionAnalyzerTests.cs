using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.SwallowedExceptionAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D03")]
public sealed class SwallowedExceptionAnalyzerTests
{
    [TestCase("catch (System.IO.IOException) { }", "'System.IO.IOException'")]
    [TestCase("catch (System.IO.IOException exception) { }", "'System.IO.IOException'")]
    [TestCase("catch (System.Exception) { }", "'System.Exception'")]
    [TestCase("catch { }", "every exception")]
    [TestCase("catch\n{\n}", "every exception")]
    [TestCase("catch { /* nothing to do */ }", "every exception")]
    [TestCase("catch (System.Exception)\n{\n    // deliberately ignored\n}", "'System.Exception'")]
    [TestCase("catch (System.Exception)\n{\n#if DEBUG\n    System.Console.WriteLine();\n#endif\n}", "'System.Exception'")]
    [TestCase("catch { ; }", "every exception")]
    [TestCase("catch { { } ; }", "every exception")]
    [TestCase("catch (System.Exception exception) when (exception.HResult == 5) { }", "'System.Exception'")]
    public async Task ReportsAnEmptyCatchOnItsKeyword(string catchClause, string swallowed)
    {
        var source = $$"""
            class C
            {
                void M()
                {
                    try
                    {
                        System.Console.WriteLine();
                    }
                    {{catchClause.Replace("catch", "{|#0:catch|}")}}
                }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2007").WithLocation(0).WithArguments(swallowed));
    }

    [TestCase("catch (System.IO.IOException exception) { System.Console.WriteLine(exception.Message); }")]
    [TestCase("catch { throw; }")]
    [TestCase("catch (System.Exception exception) { throw new System.InvalidOperationException(\"Failed.\", exception); }")]
    [TestCase("catch { return; }")]
    [TestCase("catch { Log(); }")]
    [TestCase("catch { var handled = true; }")]
    [TestCase("finally { }")]
    public async Task DoesNotReportACatchThatDoesSomething(string clause)
    {
        var source = $$"""
            class C
            {
                void M()
                {
                    try
                    {
                        System.Console.WriteLine();
                    }
                    {{clause}}
                }

                static void Log()
                {
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [TestCase("System.OperationCanceledException")]
    [TestCase("System.Threading.Tasks.TaskCanceledException")]
    [TestCase("System.OperationCanceledException exception")]
    public async Task DoesNotReportAnEmptyCatchOfCancellation(string declaration)
    {
        var source = $$"""
            using System.Threading;
            using System.Threading.Tasks;

            class C
            {
                async Task M(CancellationToken token)
                {
                    try
                    {
                        await Task.Delay(1000, token);
                    }
                    catch ({{declaration}}) when (token.IsCancellationRequested)
                    {
                    }

                    try
                    {
                        await Task.Delay(1000, token);
                    }
                    catch ({{declaration}})
                    {
                    }
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task ReportsEachEmptyCatchOfATryAndNestedOnes()
    {
        const string source = """
            class C
            {
                void M()
                {
                    try
                    {
                        System.Console.WriteLine();
                    }
                    {|#0:catch|} (System.IO.IOException)
                    {
                    }
                    catch (System.Exception)
                    {
                        try
                        {
                            System.Console.WriteLine();
                        }
                        {|#1:catch|}
                        {
                        }

                        throw;
                    }
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2007").WithLocation(0).WithArguments("'System.IO.IOException'"),
            Verify.Diagnostic("TG2007").WithLocation(1).WithArguments("every exception"));
    }

    [Test]
    public async Task ReportsInLambdasLocalFunctionsAccessorsRecordsAndPrimaryConstructors()
    {
        const string source = """
            using System;

            record R(int Value)
            {
                public int Doubled
                {
                    get
                    {
                        try { return checked(Value * 2); } {|#0:catch|} (OverflowException) { }
                        return 0;
                    }
                }
            }

            record struct S(int Value)
            {
                public void Run() { try { Console.WriteLine(Value); } {|#1:catch|} { } }
            }

            partial class Service(Action action)
            {
                public Action Wrapped => () => { try { action(); } {|#2:catch|} (Exception) { } };

                public void Run()
                {
                    Local();

                    void Local()
                    {
                        try { action(); } {|#3:catch|} (InvalidOperationException) { }
                    }
                }
            }

            partial class Service
            {
                public void Again() { try { action(); } {|#4:catch|} { } }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2007").WithLocation(0).WithArguments("'OverflowException'"),
            Verify.Diagnostic("TG2007").WithLocation(1).WithArguments("every exception"),
            Verify.Diagnostic("TG2007").WithLocation(2).WithArguments("'Exception'"),
            Verify.Diagnostic("TG2007").WithLocation(3).WithArguments("'InvalidOperationException'"),
            Verify.Diagnostic("TG2007").WithLocation(4).WithArguments("every exception"));
    }

    [Test]
    public async Task ReportsInTopLevelStatements()
    {
        var test = Verify.CreateTest("""
            try
            {
                System.Console.WriteLine(args[0]);
            }
            {|#0:catch|} (System.IndexOutOfRangeException)
            {
            }
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2007").WithLocation(0).WithArguments("'System.IndexOutOfRangeException'"));

        await test.RunAsync();
    }

    [TestCase("// <auto-generated/>\n")]
    [TestCase("// <autogenerated />\n")]
    public async Task SkipsGeneratedCode(string header)
    {
        var source = header + """
            class C
            {
                void M()
                {
                    try { System.Console.WriteLine(); } catch { }
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task SkipsFilesNamedAsGenerated()
    {
        var test = Verify.CreateTest(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("Generated.g.cs", """
            class C
            {
                void M()
                {
                    try { System.Console.WriteLine(); } catch { }
                }
            }
            """));

        await test.RunAsync();
    }

    [TestCase("class C { void M() { try { } catch")]
    [TestCase("class C { void M() { try { } catch (")]
    [TestCase("class C { void M() { try { } catch (Unknown) { } } }")]
    [TestCase("class C { void M() { try { } catch (System.OperationCanceledException) { }")]
    [TestCase("class C { void M() { catch { } } }")]
    [TestCase("class C { void M() { try { } catch (int) { } } }")]
    [TestCase("try { } catch { } class")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source, new SwallowedExceptionAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public async Task StillReportsInCodeThatDoesNotCompile()
    {
        var run = await AnalyzerRunner.RunAsync(
            "class C { void M() { try { Missing(); } catch (Unknown) { } ",
            new SwallowedExceptionAnalyzer());

        Assert.That(run.Diagnostics, Has.Length.EqualTo(1));
        Assert.That(run.Diagnostics[0].Id, Is.EqualTo("TG2007"));
    }

    [Test]
    public async Task DoesNotReportACatchWhoseBlockIsMissing()
    {
        var run = await AnalyzerRunner.RunAsync("class C { void M() { try { } catch", new SwallowedExceptionAnalyzer());

        Assert.That(run.Diagnostics, Is.Empty);
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new SwallowedExceptionAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2007.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2007"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }
}
