using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Tdd;

/// <summary>TG1003: a test method whose body, helpers included, reaches no assertion.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TestAssertsNothingAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.TestAssertsNothing,
        title: "Test asserts nothing",
        messageFormat: "Test '{0}' asserts nothing, so it passes whatever the code does; assert the outcome you expect",
        RuleCategories.Tdd,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A test that reaches no assertion proves nothing: it passes as long as nothing throws. Recognised: each framework's Assert classes, methods named Assert*, Verify*, Expect* and Should* (FluentAssertions, Shouldly, Moq, snapshot tests) or listed in tddguard.assertion_methods, NSubstitute Received, FakeItEasy MustHaveHappened, a throw, [ExpectedException], and helpers of the test project whose own body asserts.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.TestAssertsNothing));

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

        var reach = new AssertionReach(frameworks, context.Options);
        context.RegisterOperationBlockAction(block =>
        {
            if (block.OwningSymbol is not IMethodSymbol { IsAbstract: false, IsExtern: false } method
                || block.OperationBlocks.IsEmpty
                || !frameworks.IsTestMethod(method)
                || ExpectsAnException(method)
                || reach.Reaches(method, block.OperationBlocks, block.CancellationToken))
            {
                return;
            }

            block.ReportDiagnostic(Diagnostic.Create(s_rule, method.Locations[0], method.Name));
        });
    }

    /// <summary>MSTest's <c>[ExpectedException]</c> (and NUnit 2's) is the test's assertion.</summary>
    private static bool ExpectsAnException(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            for (var type = attribute.AttributeClass; type is not null; type = type.BaseType)
            {
                if (type.Name is "ExpectedExceptionAttribute" or "ExpectedExceptionBaseAttribute")
                {
                    return true;
                }
            }
        }

        return false;
    }
}
