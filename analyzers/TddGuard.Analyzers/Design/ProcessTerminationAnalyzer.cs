using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// TG2021: <c>Environment.Exit</c> or <c>Environment.FailFast</c> anywhere but in the entry point (its body,
/// local functions and lambdas, or the top-level statements).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProcessTerminationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.ProcessTermination,
        title: "Process terminated outside the entry point",
        messageFormat: "'Environment.{0}' ends the whole process from here; throw an exception or return an error, and let the entry point choose the exit code",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Code other than the entry point must not end the process: its callers cannot handle the failure, clean up or test it. Environment.Exit and Environment.FailFast belong in Main (or the top-level statements) only.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.ProcessTermination));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (context.Compilation.GetTypeByMetadataName("System.Environment") is not { } environment)
        {
            return;
        }

        // Binding the entry point costs a little, and most compilations never end the process: only on demand.
        var compilation = context.Compilation;
        var cancellationToken = context.CancellationToken;
        var entryPoint = new Lazy<IMethodSymbol?>(() => compilation.GetEntryPoint(cancellationToken));

        context.RegisterSyntaxNodeAction(
            CandidateOperations.Bind<IInvocationOperation>(
                node => SyntaxNames.InvokedName(node) is nameof(Environment.Exit) or nameof(Environment.FailFast),
                site => AnalyzeInvocation(site, environment, entryPoint)),
            SyntaxKind.InvocationExpression);
    }

    private static void AnalyzeInvocation(OperationSite<IInvocationOperation> context, INamedTypeSymbol environment, Lazy<IMethodSymbol?> entryPoint)
    {
        var method = context.Operation.TargetMethod;
        if (!IsProcessTermination(method, environment) || IsInside(context.ContainingSymbol, entryPoint.Value))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(s_rule, context.Operation.Syntax.GetLocation(), method.Name));
    }

    private static bool IsProcessTermination(IMethodSymbol method, INamedTypeSymbol environment) =>
        method.Name is nameof(Environment.Exit) or nameof(Environment.FailFast)
        && SymbolEqualityComparer.Default.Equals(method.ContainingType, environment);

    /// <summary>Whether the code belongs to the entry point, counting its local functions and lambdas as part of it.</summary>
    private static bool IsInside(ISymbol? containingSymbol, IMethodSymbol? entryPoint)
    {
        if (entryPoint is null)
        {
            return false;
        }

        var symbol = containingSymbol;
        while (symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction } nested)
        {
            symbol = nested.ContainingSymbol;
        }

        return SymbolEqualityComparer.Default.Equals(symbol, entryPoint);
    }
}
