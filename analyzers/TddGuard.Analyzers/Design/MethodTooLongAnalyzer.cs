using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>TG2005: a method, constructor, operator, accessor or local function with more than <c>tddguard.max_method_lines</c> lines of code.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MethodTooLongAnalyzer : DiagnosticAnalyzer
{
    internal const string MaxLinesOption = "max_method_lines";
    internal const int DefaultMaxLines = 40;

    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.MethodTooLong,
        title: "Method too long",
        messageFormat: "'{0}' has {1} lines of code, more than the limit of {2}; extract well-named methods for its steps",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Long methods do several things and are hard to name, read and test. A body (method, constructor, destructor, operator, accessor or local function) may hold at most tddguard.max_method_lines lines of code (default 40); blank lines, comments and the body's own braces do not count, and local functions are measured on their own.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.MethodTooLong));

    private static readonly ImmutableArray<SyntaxKind> s_functionKinds = ImmutableArray.Create(
        SyntaxKind.MethodDeclaration,
        SyntaxKind.ConstructorDeclaration,
        SyntaxKind.DestructorDeclaration,
        SyntaxKind.OperatorDeclaration,
        SyntaxKind.ConversionOperatorDeclaration,
        SyntaxKind.LocalFunctionStatement,
        SyntaxKind.GetAccessorDeclaration,
        SyntaxKind.SetAccessorDeclaration,
        SyntaxKind.InitAccessorDeclaration,
        SyntaxKind.AddAccessorDeclaration,
        SyntaxKind.RemoveAccessorDeclaration,
        SyntaxKind.PropertyDeclaration,
        SyntaxKind.IndexerDeclaration);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // Tests hold their inputs and expected values literally: their length is data, not logic.
            if (!TestProjects.IsTestProject(start.Compilation))
            {
                start.RegisterSyntaxNodeAction(AnalyzeFunction, s_functionKinds);
            }
        });
    }

    private static void AnalyzeFunction(SyntaxNodeAnalysisContext context)
    {
        if (BodyOf(context.Node) is not { } body)
        {
            return;
        }

        // Counting lines of code walks every token: only bodies spanning more lines than the limit can exceed it.
        var text = context.Node.SyntaxTree.GetText(context.CancellationToken);
        var maxLines = TddGuardOptions.GetPositiveInt32(context.Options, context.Node.SyntaxTree, MaxLinesOption, DefaultMaxLines);
        if (CodeLines.Spanned(body.Span, text) <= maxLines)
        {
            return;
        }

        var lines = CodeLines.Count(body.Tokens, text);
        if (lines > maxLines)
        {
            var (location, name) = MemberNames.Of(context.Node);
            context.ReportDiagnostic(Diagnostic.Create(s_rule, location, name, lines, maxLines));
        }
    }

    /// <summary>
    /// The function's body: a block's statements without its own braces, or an expression body's expression;
    /// <see langword="null"/> when there is none (or an empty block). Property and indexer declarations only have
    /// one of their own when they are expression-bodied; their accessors are functions of their own.
    /// </summary>
    private static FunctionBody? BodyOf(SyntaxNode function)
    {
        var (block, arrow) = function switch
        {
            BaseMethodDeclarationSyntax method => (method.Body, method.ExpressionBody),
            LocalFunctionStatementSyntax local => (local.Body, local.ExpressionBody),
            AccessorDeclarationSyntax accessor => (accessor.Body, accessor.ExpressionBody),
            PropertyDeclarationSyntax property => (null, property.ExpressionBody),
            IndexerDeclarationSyntax indexer => (null, indexer.ExpressionBody),
            _ => (null, null),
        };

        if (block is not null)
        {
            var statements = block.Statements;
            return statements.Count == 0
                ? null
                : new FunctionBody(TextSpan.FromBounds(statements[0].SpanStart, statements[statements.Count - 1].Span.End), statements.SelectMany(CodeLines.TokensOutsideLocalFunctions));
        }

        return arrow is null ? null : new FunctionBody(arrow.Expression.Span, CodeLines.TokensOutsideLocalFunctions(arrow.Expression));
    }

    private readonly struct FunctionBody(TextSpan span, IEnumerable<SyntaxToken> tokens)
    {
        public TextSpan Span { get; } = span;

        public IEnumerable<SyntaxToken> Tokens { get; } = tokens;
    }
}
