using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>TG2007: a catch block that does nothing, so the exception disappears without a trace.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SwallowedExceptionAnalyzer : DiagnosticAnalyzer
{
    private const string EveryException = "every exception";

    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.SwallowedException,
        title: "Swallowed exception",
        messageFormat: "This empty catch block silently swallows {0}; handle it, or rethrow it with 'throw;'",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A catch block without statements hides the failure it caught: nothing is logged, nothing is retried, the caller carries on as if all went well. Comments do not count as handling. Empty catches of OperationCanceledException (and TaskCanceledException) are allowed: cancellation is a request being honoured, not an error.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.SwallowedException));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var cancellation = start.Compilation.GetTypeByMetadataName("System.OperationCanceledException");
            start.RegisterSyntaxNodeAction(node => AnalyzeCatch(node, cancellation), SyntaxKind.CatchClause);
        });
    }

    private static void AnalyzeCatch(SyntaxNodeAnalysisContext context, INamedTypeSymbol? cancellation)
    {
        var catchClause = (CatchClauseSyntax)context.Node;
        if (catchClause.Block.OpenBraceToken.IsMissing || !DoesNothing(catchClause.Block))
        {
            return;
        }

        var declaredType = catchClause.Declaration?.Type;
        if (declaredType is not null && IsCancellation(context.SemanticModel.GetTypeInfo(declaredType, context.CancellationToken).Type, cancellation))
        {
            return;
        }

        var swallowed = declaredType is null ? EveryException : $"'{declaredType}'";
        context.ReportDiagnostic(Diagnostic.Create(s_rule, catchClause.CatchKeyword.GetLocation(), swallowed));
    }

    /// <summary>A block whose statements are only empty statements and blocks that do nothing themselves.</summary>
    internal static bool DoesNothing(BlockSyntax block)
    {
        foreach (var statement in block.Statements)
        {
            var nothing = statement is EmptyStatementSyntax || (statement is BlockSyntax inner && DoesNothing(inner));
            if (!nothing)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCancellation(ITypeSymbol? caught, INamedTypeSymbol? cancellation)
    {
        for (var type = caught; type is not null && cancellation is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, cancellation))
            {
                return true;
            }
        }

        return false;
    }
}
