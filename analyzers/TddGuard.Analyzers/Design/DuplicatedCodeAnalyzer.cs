using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>TG2016: the same sequence of statements, up to names and literals, in two places of a project.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicatedCodeAnalyzer : DiagnosticAnalyzer
{
    internal const string MinStatementsOption = "min_duplicate_statements";
    internal const int DefaultMinStatements = 6;

    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.DuplicatedCode,
        title: "Duplicated code",
        messageFormat: "{0} statements here duplicate the code at {1}, line {2}; extract it into one method that both places call",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The same sequence of at least tddguard.min_duplicate_statements statements (default 6), ignoring the names of locals, parameters, fields and types and the values of literals, appears in two places of a project. Every fix must then be made twice. Reported in full builds only (it needs the whole project); test projects are exempt.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.DuplicatedCode),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

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
        if (TestProjects.IsTestProject(context.Compilation))
        {
            return;
        }

        var sequences = new ConcurrentQueue<StatementSequence>();
        context.RegisterSyntaxNodeAction(
            nodeContext => CollectSequence(nodeContext, sequences),
            SyntaxKind.Block,
            SyntaxKind.SwitchSection,
            SyntaxKind.CompilationUnit);
        context.RegisterCompilationEndAction(endContext => ReportDuplicates(endContext, sequences));
    }

    private static void CollectSequence(SyntaxNodeAnalysisContext context, ConcurrentQueue<StatementSequence> sequences)
    {
        var statements = StatementsOf(context.Node);
        if (statements.Count == 0)
        {
            return;
        }

        var windowSize = TddGuardOptions.GetPositiveInt32(context.Options, context.Node.SyntaxTree, MinStatementsOption, DefaultMinStatements);
        if (statements.Count >= windowSize)
        {
            sequences.Enqueue(StatementSequence.Create(statements, windowSize));
        }
    }

    private static IReadOnlyList<StatementSyntax> StatementsOf(SyntaxNode node) => node switch
    {
        BlockSyntax block => block.Statements,
        SwitchSectionSyntax section => section.Statements,
        CompilationUnitSyntax file => TopLevelStatements(file),
        _ => Array.Empty<StatementSyntax>(),
    };

    private static IReadOnlyList<StatementSyntax> TopLevelStatements(CompilationUnitSyntax file)
    {
        List<StatementSyntax>? statements = null;
        foreach (var member in file.Members)
        {
            if (member is GlobalStatementSyntax global)
            {
                (statements ??= []).Add(global.Statement);
            }
        }

        return statements ?? (IReadOnlyList<StatementSyntax>)Array.Empty<StatementSyntax>();
    }

    private static void ReportDuplicates(CompilationAnalysisContext context, ConcurrentQueue<StatementSequence> sequences)
    {
        foreach (var place in DuplicateFinder.Find(sequences, context.CancellationToken))
        {
            var other = place.OtherStatement.GetLocation();
            var otherLine = other.GetLineSpan();
            context.ReportDiagnostic(Diagnostic.Create(
                s_rule,
                place.FirstStatement.GetLocation(),
                [other],
                place.StatementCount,
                Path.GetFileName(otherLine.Path),
                otherLine.StartLinePosition.Line + 1));
        }
    }
}
