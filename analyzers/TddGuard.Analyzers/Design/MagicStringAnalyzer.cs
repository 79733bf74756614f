using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>TG2003: a string literal compared by value, or repeated <c>tddguard.min_string_repeats</c> times in one type.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MagicStringAnalyzer : DiagnosticAnalyzer
{
    internal const string MinRepeatsOption = "min_string_repeats";
    internal const int DefaultMinRepeats = 3;

    private const string ComparedReason = "compared by value";
    private const string RepeatedReason = "repeated {0} times in '{1}'";
    private const int MaxShownLength = 40;

    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.MagicString,
        title: "Magic string",
        messageFormat: "\"{0}\" is a magic string {1}; introduce a named constant",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A string the program compares or keeps repeating is a value with a meaning: give it a name, once. Reported when a string literal is compared (==, !=, Equals, case labels, patterns) or appears tddguard.min_string_repeats times (default 3) in one type; constants, attribute arguments, default parameter values, static readonly initializers, exception and log messages, separators and test projects are exempt.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.MagicString));

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

        var messages = MessageArguments.Create(context.Compilation);
        context.RegisterSymbolStartAction(typeContext => AnalyzeType(typeContext, messages), SymbolKind.NamedType);
    }

    /// <summary>Collects the type's string literals (all its partial declarations) and judges them when it is complete.</summary>
    private static void AnalyzeType(SymbolStartAnalysisContext context, MessageArguments messages)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var uses = new ConcurrentQueue<(LiteralExpressionSyntax Literal, MagicStringRole Role)>();
        context.RegisterSyntaxNodeAction(
            nodeContext =>
            {
                // Nested types are judged on their own. The driver passes only the type's own members today; the
                // check keeps the counts right should it ever pass a nested type's code as well.
                if (!SymbolEqualityComparer.Default.Equals(OwningType(nodeContext.ContainingSymbol), type))
                {
                    return;
                }

                var literal = (LiteralExpressionSyntax)nodeContext.Node;
                var role = MagicStrings.Classify(literal, nodeContext.SemanticModel, messages, nodeContext.CancellationToken);
                if (role != MagicStringRole.None)
                {
                    uses.Enqueue((literal, role));
                }
            },
            SyntaxKind.StringLiteralExpression);
        context.RegisterSymbolEndAction(endContext =>
        {
            foreach (var sameValue in uses.GroupBy(use => use.Literal.Token.ValueText, StringComparer.Ordinal))
            {
                var repeats = sameValue.Count(use => (use.Role & MagicStringRole.Counted) != 0);
                foreach (var (literal, role) in sameValue)
                {
                    var minRepeats = TddGuardOptions.GetPositiveInt32(endContext.Options, literal.SyntaxTree, MinRepeatsOption, DefaultMinRepeats);
                    var reason = (role & MagicStringRole.Counted) != 0 && repeats >= minRepeats
                        ? string.Format(CultureInfo.InvariantCulture, RepeatedReason, repeats, type.Name)
                        : (role & MagicStringRole.Compared) != 0 ? ComparedReason : null;
                    if (reason is not null)
                    {
                        endContext.ReportDiagnostic(Diagnostic.Create(s_rule, literal.GetLocation(), Shown(sameValue.Key), reason));
                    }
                }
            }
        });
    }

    private static INamedTypeSymbol? OwningType(ISymbol? symbol) => symbol as INamedTypeSymbol ?? symbol?.ContainingType;

    /// <summary>The value on one short line, so a long or multi-line string keeps the message readable.</summary>
    private static string Shown(string value)
    {
        var oneLine = value.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
        return oneLine.Length <= MaxShownLength ? oneLine : oneLine.Substring(0, MaxShownLength).TrimEnd() + "...";
    }
}
