using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Tdd;

/// <summary>
/// TG1000/TG1001/TG1002: production code that no test refers to. The test sources reach the production
/// compilation as additional files (see build/TddGuard.targets); without them the project cannot be judged. An exact
/// map of what the test projects bind to (<see cref="SemanticTestMap"/>, from <c>tddguard check</c>) takes precedence.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UntestedCodeAnalyzer : DiagnosticAnalyzer
{
    private const string IsTestProjectProperty = "build_property.TddGuardIsTestProject";

    private static readonly DiagnosticDescriptor s_noTestSources = new(
        RuleIdentifiers.NoTestSources,
        title: "No test sources configured",
        messageFormat: "No test sources reach project '{0}', so TddGuard cannot tell which code is untested (TG1001/TG1002): set the MSBuild property TddGuardTestSources or the item TddGuardTestProject, or keep its tests in a conventional folder such as tests/{0}.Tests",
        RuleCategories.Tdd,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "TG1001 and TG1002 compare production code with the test sources that the TddGuard package hands to the compiler. When none are found the project is not judged, and this says how to point TddGuard at its tests.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.NoTestSources),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    private static readonly DiagnosticDescriptor s_untestedMember = new(
        RuleIdentifiers.UntestedMember,
        title: "Untested member",
        messageFormat: "No test reaches '{0}' ({1}): write a failing test that drives it before (or instead of) this implementation",
        RuleCategories.Tdd,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Implementation without a test that drives it is not test-driven. A public (or protected) method, constructor, operator, indexer or property with logic must be reached by some test: called by it, or by code that a test calls.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.UntestedMember));

    private static readonly DiagnosticDescriptor s_untestedType = new(
        RuleIdentifiers.UntestedType,
        title: "Untested type",
        messageFormat: "No test reaches type '{0}' ({1}): write a failing test fixture that drives it",
        RuleCategories.Tdd,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A public class, struct or record with behaviour that no test reaches at all: no test names it, creates it or calls code that uses it. Its members are then not reported one by one.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.UntestedType));

    private const string NoTestReachesMember = "no test calls it or any code that calls it";
    private const string NothingCallsMember = "nothing calls it: dead or new code";
    private const string NoTestReachesType = "no test uses it or any code that uses it";
    private const string NothingUsesType = "nothing uses it: dead or new code";

    // Keyed by the text itself: an unchanged test file is parsed once however many compilations (keystrokes) follow.
    private readonly ConditionalWeakTable<SourceText, TestFileReferences> _testFileCache = new();

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
        ImmutableArray.Create(s_noTestSources, s_untestedMember, s_untestedType);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(StartCompilation);
    }

    private void StartCompilation(CompilationStartAnalysisContext context)
    {
        if (IsTestProject(context.Options, context.Compilation))
        {
            return;
        }

        if (SemanticTestMap.Find(context.Options) is { } map)
        {
            var exact = SemanticTestMap.Read(map, context.Compilation, context.CancellationToken);
            RegisterReach(context, exact);
            return;
        }

        var testSources = TestReferenceIndex.FindTestSources(context.Options);
        if (testSources.IsEmpty)
        {
            var project = context.Compilation.AssemblyName ?? "this project";
            context.RegisterCompilationEndAction(end => end.ReportDiagnostic(Diagnostic.Create(s_noTestSources, Location.None, project)));
            return;
        }

        var index = TestReferenceIndex.Build(testSources, context.Compilation, _testFileCache, context.CancellationToken);
        RegisterReach(context, index);
    }

    /// <summary>Judges each type against what the tests reach, searched once per compilation by the first type that asks.</summary>
    private static void RegisterReach(CompilationStartAnalysisContext context, ITestReferences tests)
    {
        var compilation = context.Compilation;
        var cancellationToken = context.CancellationToken;
        var reach = new Lazy<TestReach>(() => TestReach.Compute(compilation, tests, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
        context.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, tests, reach), SymbolKind.NamedType);
    }

    private static bool IsTestProject(AnalyzerOptions options, Compilation compilation) =>
        (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(IsTestProjectProperty, out var value)
            && string.Equals(value.Trim(), "true", System.StringComparison.OrdinalIgnoreCase))
        || TestProjects.IsTestProject(compilation);

    private static void AnalyzeType(SymbolAnalysisContext context, ITestReferences tests, Lazy<TestReach> lazyReach)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!TestableCode.IsTestableType(type))
        {
            return;
        }

        var members = TestableCode.MembersWithLogic(type, context.CancellationToken);
        if (members.IsEmpty)
        {
            return;
        }

        var reach = lazyReach.Value;
        if (!reach.Reaches(type) && !tests.ReachesThroughMembers(members))
        {
            var why = reach.Callers.Use(type) ? NoTestReachesType : NothingUsesType;
            context.ReportDiagnostic(Diagnostic.Create(s_untestedType, type.Locations[0], type.Name, why));
            return;
        }

        foreach (var member in members)
        {
            if (!reach.Reaches(member))
            {
                var why = reach.Callers.Call(member) ? NoTestReachesMember : NothingCallsMember;
                context.ReportDiagnostic(Diagnostic.Create(s_untestedMember, member.Locations[0], TestableCode.DisplayName(member), why));
            }
        }
    }
}
