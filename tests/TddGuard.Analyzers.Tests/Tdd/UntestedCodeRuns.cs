using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using TddGuard.Analyzers.Tdd;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Tdd.UntestedCodeAnalyzer>;

namespace TddGuard.Analyzers.Tests.Tdd;

/// <summary>
/// Runs TG1000-TG1002 over production sources with test sources handed over as the build hands them (additional
/// files marked <c>TddGuardTestSource</c>), or with an exact test map, and builds the findings they should give.
/// </summary>
internal static class UntestedCodeRuns
{
    /// <summary>Why a member no test reaches is reported when some code calls it.</summary>
    public const string NoTestReaches = "no test calls it or any code that calls it";

    /// <summary>Why a member no test reaches is reported when no code calls it at all.</summary>
    public const string NothingCalls = "nothing calls it: dead or new code";

    /// <summary>Why a type no test reaches is reported when some code uses it.</summary>
    public const string NoTestReachesType = "no test uses it or any code that uses it";

    /// <summary>Why a type no test reaches is reported when no code uses it at all.</summary>
    public const string NothingUses = "nothing uses it: dead or new code";

    private const string MarksTestSources = """
        root = true

        [/tests/**.cs]
        build_metadata.AdditionalFiles.TddGuardTestSource = true
        """;

    public static DiagnosticResult Untested(int location, string member, string reason = NoTestReaches) =>
        Verify.Diagnostic("TG1001").WithLocation(location).WithArguments(member, reason);

    public static DiagnosticResult UntestedType(int location, string type, string reason = NoTestReachesType) =>
        Verify.Diagnostic("TG1002").WithLocation(location).WithArguments(type, reason);

    /// <summary>The production sources judged against the names of <paramref name="testSources"/>.</summary>
    public static Task RunAsync(string production, string[] testSources, params DiagnosticResult[] expected) =>
        RunAsync([production], testSources, expected);

    /// <summary>Several production files judged against the names of <paramref name="testSources"/>.</summary>
    public static Task RunAsync(string[] production, string[] testSources, params DiagnosticResult[] expected)
    {
        var test = CreateTest(production, testSources);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>The production source judged against an exact test map (<c>tddguard.testmap</c>).</summary>
    public static Task RunWithMapAsync(string production, string map, params DiagnosticResult[] expected)
    {
        var test = Verify.CreateTest(production);
        test.TestState.AdditionalFiles.Add(("/obj/tddguard.testmap", map));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static CSharpAnalyzerTest<UntestedCodeAnalyzer, DefaultVerifier> CreateTest(string production, string[] testSources) =>
        CreateTest([production], testSources);

    public static CSharpAnalyzerTest<UntestedCodeAnalyzer, DefaultVerifier> CreateTest(string[] production, string[] testSources)
    {
        var test = Verify.CreateTest(production[0]);
        for (var index = 1; index < production.Length; index++)
        {
            test.TestState.Sources.Add(($"/0/Production{index}.cs", production[index]));
        }

        for (var index = 0; index < testSources.Length; index++)
        {
            test.TestState.AdditionalFiles.Add(($"/tests/Product.Tests/Suite{index}Tests.cs", testSources[index]));
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", MarksTestSources));
        return test;
    }
}
