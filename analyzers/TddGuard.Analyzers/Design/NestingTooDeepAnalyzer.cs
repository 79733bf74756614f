using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>TG2001: control flow nested deeper than <c>tddguard.max_nesting_depth</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NestingTooDeepAnalyzer : DiagnosticAnalyzer
{
    internal const string MaxDepthOption = "max_nesting_depth";
    internal const int DefaultMaxDepth = 3;

    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.NestingTooDeep,
        title: "Nesting too deep",
        messageFormat: "'{0}' is nested {1} levels deep, deeper than the limit of {2}; use guard clauses or extract a method",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Deeply nested control flow is hard to read and to test. Control statements (if/else-if chains, loops, switch, try, using, lock) may nest at most tddguard.max_nesting_depth levels (default 3); lambdas and local functions count from their own start.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.NestingTooDeep));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(AnalyzeControlStatement, ControlFlowNesting.NestingStatementKinds);
    }

    private static void AnalyzeControlStatement(SyntaxNodeAnalysisContext context)
    {
        var statement = (StatementSyntax)context.Node;
        if (ControlFlowNesting.ContinuesElseIfChain(statement))
        {
            return;
        }

        var maxDepth = TddGuardOptions.GetPositiveInt32(context.Options, statement.SyntaxTree, MaxDepthOption, DefaultMaxDepth);
        var depth = ControlFlowNesting.DepthOf(statement);

        // Only the statement that first crosses the limit is reported; the ones nested in it are its consequence.
        if (depth == maxDepth + 1)
        {
            var keyword = ControlFlowNesting.KeywordOf(statement);
            context.ReportDiagnostic(Diagnostic.Create(s_rule, keyword.GetLocation(), keyword.ValueText, depth, maxDepth));
        }
    }
}
