using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using TddGuard.Analyzers.Tests.Verifiers;

namespace TddGuard.Analyzers.Tests.Tdd;

/// <summary>Runs a TDD rule over test code that references stubbed test frameworks, as a test project does.</summary>
internal static class TddAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => AnalyzerVerifier<TAnalyzer>.Diagnostic(id);

    public static Task VerifyAsync(string source, StubLibrary library, params DiagnosticResult[] expected) =>
        VerifyAsync(source, [library], editorConfig: null, expected);

    public static async Task VerifyAsync(string source, StubLibrary[] libraries, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = await CreateTestAsync(source, editorConfig, libraries);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>
    /// Top-level statements declare no test class: every TDD rule stays silent on them, even in a test project
    /// (<paramref name="source"/> holds what the rule would otherwise report).
    /// </summary>
    public static async Task VerifyTopLevelStatementsAreIgnoredAsync(string source)
    {
        var test = await CreateTestAsync(source, editorConfig: null, StubLibrary.NUnit);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        await test.RunAsync();
    }

    public static async Task<CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>> CreateTestAsync(string source, string? editorConfig, params StubLibrary[] libraries)
    {
        var test = AnalyzerVerifier<TAnalyzer>.CreateTest(source, editorConfig);
        foreach (var library in libraries)
        {
            test.TestState.AdditionalReferences.Add(await TestFrameworkStubs.ReferenceAsync(library));
        }

        return test;
    }
}

/// <summary>Checks a TDD rule's code fix on test code that references stubbed test frameworks.</summary>
internal static class TddCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static async Task VerifyAsync(string source, string fixedSource, params StubLibrary[] libraries)
    {
        var test = await CreateTestAsync(source, fixedSource, libraries);
        await test.RunAsync();
    }

    public static async Task<CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>> CreateTestAsync(string source, string fixedSource, params StubLibrary[] libraries)
    {
        var test = CodeFixVerifier<TAnalyzer, TCodeFix>.CreateTest(source, fixedSource);
        foreach (var library in libraries)
        {
            test.TestState.AdditionalReferences.Add(await TestFrameworkStubs.ReferenceAsync(library));
        }

        return test;
    }
}

/// <summary>
/// Runs analyzers over possibly broken test code that references a stubbed framework, capturing analyzer
/// exceptions (the verifiers cannot compile such code, and without the framework the rules stay silent).
/// </summary>
internal static class TddAnalyzerRunner
{
    public static async Task<AnalyzerRun> RunAsync(string source, StubLibrary library, params DiagnosticAnalyzer[] analyzers) =>
        await AnalyzerRunner.RunAsync(source, (await TestFrameworkStubs.Net80Async()).Add(await TestFrameworkStubs.ReferenceAsync(library)), analyzers);
}
