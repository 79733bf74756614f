using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Tdd;

/// <summary>
/// TG1004: code of a test class reads the clock, makes random values, reads the environment or sleeps, so the
/// test's outcome can change from run to run.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NondeterministicTestAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.NondeterministicTest,
        title: "Nondeterministic test",
        messageFormat: "'{0}' {1}, so the test can pass or fail from run to run; {2}",
        RuleCategories.Tdd,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Tests must be deterministic. Code in a test class must not read the clock (DateTime.Now, DateTimeOffset.UtcNow, Environment.TickCount, TimeProvider.System), make new random values (Guid.NewGuid, new Random(), Random.Shared), read environment variables, or wait a fixed time (Thread.Sleep, Task.Delay with a constant).",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.NondeterministicTest));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(StartTestProject);
    }

    private static void StartTestProject(CompilationStartAnalysisContext context)
    {
        if (TestFrameworks.TryCreate(context.Compilation) is not { } frameworks)
        {
            return;
        }

        var sources = new NondeterminismSources(context.Compilation);
        context.RegisterOperationAction(
            operation =>
            {
                if (sources.Find(operation.Operation) is { } source
                    && operation.ContainingSymbol.ContainingType is { } type
                    && frameworks.IsTestClass(type))
                {
                    operation.ReportDiagnostic(Diagnostic.Create(s_rule, operation.Operation.Syntax.GetLocation(), source.Member, source.Reason, source.Advice));
                }
            },
            OperationKind.PropertyReference,
            OperationKind.Invocation,
            OperationKind.ObjectCreation);
    }
}
