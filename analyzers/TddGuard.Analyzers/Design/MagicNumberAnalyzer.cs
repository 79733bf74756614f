using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>TG2002: a numeric literal in code that no name explains.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MagicNumberAnalyzer : DiagnosticAnalyzer
{
    private const string HashCodeMethodName = nameof(GetHashCode);

    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.MagicNumber,
        title: "Magic number",
        messageFormat: "'{0}' is a magic number; introduce a named constant that says what it means",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A number in code says nothing about what it means, and when it changes every copy must be found. Numbers other than tddguard.allowed_numbers (default -1, 0, 1, 2) belong in a named constant; constants, enum members, attribute arguments, default parameter values, static readonly initializers, a variable's or property's initial value, GetHashCode and test projects are exempt.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.MagicNumber));

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
        // Test code holds expected values: literals are its point.
        if (TestProjects.IsTestProject(context.Compilation))
        {
            return;
        }

        var allowedByTree = new ConcurrentDictionary<SyntaxTree, AllowedNumbers>();
        context.RegisterSyntaxNodeAction(
            nodeContext => AnalyzeNumber(
                nodeContext,
                allowedByTree.GetOrAdd(nodeContext.Node.SyntaxTree, tree => AllowedNumbers.Read(nodeContext.Options, tree))),
            SyntaxKind.NumericLiteralExpression);
    }

    private static void AnalyzeNumber(SyntaxNodeAnalysisContext context, AllowedNumbers allowed)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        if (literal.IsPartOfStructuredTrivia())
        {
            return; // #pragma warning 618, #line 200
        }

        var negated = literal.Parent.IsKind(SyntaxKind.UnaryMinusExpression);
        var number = negated ? (ExpressionSyntax)literal.Parent! : literal;
        if (allowed.Allows(literal.Token.Value, negated)
            || IsEmptyArraySize(number)
            || NamedValueContext.IsInNamedDefinition(number)
            || NamedValueContext.IsWholeInitializerOfDeclaration(number)
            || IsInHashCodeMethod(number))
        {
            return;
        }

        var text = negated ? "-" + literal.Token.Text : literal.Token.Text;
        context.ReportDiagnostic(Diagnostic.Create(s_rule, number.GetLocation(), text));
    }

    private static bool IsEmptyArraySize(ExpressionSyntax number) =>
        number is LiteralExpressionSyntax { Parent: ArrayRankSpecifierSyntax, Token.Value: 0 or 0L or 0u or 0ul };

    /// <summary>Hash-code arithmetic mixes in arbitrary primes; naming them would explain nothing.</summary>
    private static bool IsInHashCodeMethod(ExpressionSyntax number) =>
        number.FirstAncestorOrSelf<MemberDeclarationSyntax>() is MethodDeclarationSyntax { Identifier.ValueText: HashCodeMethodName };
}
