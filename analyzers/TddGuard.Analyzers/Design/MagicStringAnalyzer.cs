using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
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
        var uses = new ConcurrentQueue<LiteralUse>();
        context.RegisterSyntaxNodeAction(
            nodeContext =>
            {
                // Nested types are judged on their own. The driver passes only the type's own members today; the
                // check keeps the counts right should it ever pass a nested type's code as well.
                if (!SymbolEqualityComparer.Default.Equals(OwningType(nodeContext.ContainingSymbol), type))
                {
                    return;
                }

                // Syntax only here: whether a literal is a message (binding) is asked at the end, and only of
                // values that repeat often enough to matter.
                var literal = (LiteralExpressionSyntax)nodeContext.Node;
                var role = MagicStrings.ClassifySyntax(literal);
                if (role != MagicStringRole.None)
                {
                    uses.Enqueue(new LiteralUse(literal, role, nodeContext.SemanticModel));
                }
            },
            SyntaxKind.StringLiteralExpression);
        context.RegisterSymbolEndAction(endContext =>
        {
            foreach (var sameValue in uses.GroupBy(use => use.Literal.Token.ValueText, StringComparer.Ordinal))
            {
                ReportValue(endContext, type, messages, sameValue.Key, sameValue.ToList());
            }
        });
    }

    private static void ReportValue(SymbolAnalysisContext context, INamedTypeSymbol type, MessageArguments messages, string value, List<LiteralUse> uses)
    {
        var minRepeats = uses.Min(use => TddGuardOptions.GetPositiveInt32(context.Options, use.Literal.SyntaxTree, MinRepeatsOption, DefaultMinRepeats));
        var counted = uses.Count(use => use.MayCount) >= minRepeats
            ? new HashSet<LiteralUse>(uses.Where(use => use.MayCount && !messages.IsMessage(use.Literal, use.Model, context.CancellationToken)))
            : [];
        foreach (var use in uses)
        {
            var useMinRepeats = TddGuardOptions.GetPositiveInt32(context.Options, use.Literal.SyntaxTree, MinRepeatsOption, DefaultMinRepeats);
            var reason = counted.Contains(use) && counted.Count >= useMinRepeats
                ? string.Format(CultureInfo.InvariantCulture, RepeatedReason, counted.Count, type.Name)
                : (use.Role & MagicStringRole.Compared) != 0 ? ComparedReason : null;
            if (reason is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(s_rule, use.Literal.GetLocation(), Shown(value), reason));
            }
        }
    }

    private static INamedTypeSymbol? OwningType(ISymbol? symbol) => symbol as INamedTypeSymbol ?? symbol?.ContainingType;

    /// <summary>The value on one short line, so a long or multi-line string keeps the message readable.</summary>
    private static string Shown(string value)
    {
        var oneLine = value.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
        return oneLine.Length <= MaxShownLength ? oneLine : oneLine.Substring(0, MaxShownLength).TrimEnd() + "...";
    }
}

/// <summary>A string literal of a type, its role from the syntax, and the model to bind it with should it matter.</summary>
internal sealed class LiteralUse(LiteralExpressionSyntax literal, MagicStringRole role, SemanticModel model)
{
    public LiteralExpressionSyntax Literal { get; } = literal;

    public MagicStringRole Role { get; } = role;

    public SemanticModel Model { get; } = model;

    /// <summary>Counts towards its value's repetitions unless it turns out to be a message.</summary>
    public bool MayCount => (Role & MagicStringRole.Counted) != 0;
}
