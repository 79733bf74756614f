using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
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

        var marks = new GeneratedCodeMarks(context.Compilation);
        var judge = new RepeatJudge(MessageArguments.Create(context.Compilation), marks, new PartialTypeStrings(new GeneratedTrees(context.Compilation), marks));
        context.RegisterSemanticModelAction(judge.AnalyzeTree);
    }

    /// <summary>
    /// Counts per type without symbol-start actions, which make the compiler gather actions for every symbol of the
    /// compilation (about two thirds of what the pack cost a build above an analyzer that does nothing): one walk per
    /// file instead, which reads the other files of a partial type too and reports the strings of its own file.
    /// </summary>
    private sealed class RepeatJudge(MessageArguments messages, GeneratedCodeMarks marks, PartialTypeStrings partialTypes)
    {
        public void AnalyzeTree(SemanticModelAnalysisContext context)
        {
            foreach (var type in TreeStrings.Collect(context.SemanticModel, marks, context.CancellationToken))
            {
                var uses = type.Key.DeclaringSyntaxReferences.Length > 1
                    ? partialTypes.WithOtherFiles(type.Key, context.SemanticModel, type.Value, context.CancellationToken)
                    : type.Value;
                foreach (var sameValue in uses.GroupBy(use => use.Literal.Token.ValueText, StringComparer.Ordinal))
                {
                    ReportValue(context, type.Key, sameValue.Key, sameValue.ToList());
                }
            }
        }

        private void ReportValue(SemanticModelAnalysisContext context, INamedTypeSymbol type, string value, List<LiteralUse> uses)
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
                if (reason is not null && use.Literal.SyntaxTree == context.SemanticModel.SyntaxTree)
                {
                    context.ReportDiagnostic(Diagnostic.Create(s_rule, use.Literal.GetLocation(), Shown(value), reason));
                }
            }
        }
    }

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
