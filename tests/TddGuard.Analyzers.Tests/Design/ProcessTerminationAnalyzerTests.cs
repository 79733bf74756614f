using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.ProcessTerminationAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D09")]
public sealed class ProcessTerminationAnalyzerTests
{
    [TestCase("{|#0:System.Environment.Exit(1)|};", "Exit")]
    [TestCase("{|#0:System.Environment.FailFast(\"broken\")|};", "FailFast")]
    [TestCase("{|#0:System.Environment.FailFast(\"broken\", new System.Exception())|};", "FailFast")]
    [TestCase("{|#0:Environment.FailFast(message: \"broken\")|};", "FailFast")]
    [TestCase("{|#0:Exit(2)|};", "Exit")]
    [TestCase("if (code > 0) {|#0:Environment.Exit(code)|};", "Exit")]
    public async Task ReportsEndingTheProcessInLibraryCode(string statement, string method)
    {
        var source = """
            using System;
            using static System.Environment;

            class C
            {
                void M(int code)
                {
                    STATEMENT
                }
            }
            """.Replace("STATEMENT", statement);

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2021").WithLocation(0).WithArguments(method));
    }

    [Test]
    public async Task ReportsAMainMethodOfALibraryWhichIsNoEntryPoint()
    {
        const string source = """
            class Program
            {
                static void Main() => {|#0:System.Environment.Exit(3)|};
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2021").WithLocation(0).WithArguments("Exit"));
    }

    [Test]
    public async Task DoesNotReportOtherMembersOfEnvironmentOrOtherTypesNamedEnvironment()
    {
        const string source = """
            namespace App
            {
                static class Environment
                {
                    public static void Exit(int code) { }
                }

                class C
                {
                    void M()
                    {
                        Environment.Exit(1);
                        System.Environment.ExitCode = 2;
                        System.Console.WriteLine(System.Environment.NewLine);
                    }
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task AllowsTheEntryPointItsLocalFunctionsAndLambdasButNotOtherMethodsOfAnExe()
    {
        var test = Verify.CreateTest("""
            using System;

            static class Program
            {
                static void Main(string[] args)
                {
                    if (args.Length == 0)
                    {
                        Environment.Exit(1);
                    }

                    Fail();
                    Action fail = () => Environment.FailFast("no");
                    fail();

                    void Fail() => Environment.Exit(2);
                }

                static void Helper() => {|#0:Environment.Exit(3)|};
            }

            class Worker
            {
                public void Run() => {|#1:Environment.FailFast("stop")|};
            }
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2021").WithLocation(0).WithArguments("Exit"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2021").WithLocation(1).WithArguments("FailFast"));

        await test.RunAsync();
    }

    [Test]
    public async Task AllowsAnAsyncEntryPoint()
    {
        var test = Verify.CreateTest("""
            using System;
            using System.Threading.Tasks;

            static class Program
            {
                static async Task<int> Main()
                {
                    await Task.Yield();
                    Environment.Exit(1);
                    return 0;
                }
            }
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;

        await test.RunAsync();
    }

    [Test]
    public async Task AllowsTopLevelStatementsButNotTypesDeclaredBesideThem()
    {
        var test = Verify.CreateTest("""
            using System;

            if (args.Length == 0)
            {
                Environment.Exit(1);
            }

            Stop();
            Action stop = () => Environment.Exit(2);

            void Stop() => Environment.FailFast("stop");

            record Job(int Code)
            {
                public void Abort() => {|#0:Environment.Exit(Code)|};
            }
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2021").WithLocation(0).WithArguments("Exit"));

        await test.RunAsync();
    }

    [Test]
    public async Task ReportsInRecordsPrimaryConstructorsPartialAndNestedTypes()
    {
        const string source = """
            using System;

            record struct Exit(int Code)
            {
                public void Now() => {|#0:Environment.Exit(Code)|};
            }

            partial class Service(int code)
            {
                public int Code { get; } = code;

                class Nested
                {
                    void M() => {|#1:Environment.FailFast("nested")|};
                }
            }

            partial class Service
            {
                void Stop()
                {
                    Action stop = () => {|#2:Environment.Exit(Code)|};
                    stop();
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2021").WithLocation(0).WithArguments("Exit"),
            Verify.Diagnostic("TG2021").WithLocation(1).WithArguments("FailFast"),
            Verify.Diagnostic("TG2021").WithLocation(2).WithArguments("Exit"));
    }

    [Test]
    public async Task SkipsGeneratedCode()
    {
        var test = Verify.CreateTest(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("Header.cs", """
            // <auto-generated/>
            class A
            {
                void M() => System.Environment.Exit(1);
            }
            """));
        test.TestState.Sources.Add(("Generated.g.cs", """
            class B
            {
                void M() => System.Environment.Exit(1);
            }
            """));

        await test.RunAsync();
    }

    [TestCase("class C { void M() { System.Environment.Exit(")]
    [TestCase("class C { void M() { System.Environment.Exit(1, 2); } }")]
    [TestCase("class C { void M() { System.Environment.FailFast(); } }")]
    [TestCase("class C { void M() { System.Environment.")]
    [TestCase("System.Environment.Exit(1); class")]
    [TestCase("class C { static void Main() { System.Environment.Exit(1); } static void Main(string[] a) { } }")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source, new ProcessTerminationAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new ProcessTerminationAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2021.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2021"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }
}
