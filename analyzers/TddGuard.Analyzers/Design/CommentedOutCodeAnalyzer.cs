using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>TG2015: a comment block that is C# code rather than prose.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CommentedOutCodeAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.CommentedOutCode,
        title: "Commented-out code",
        messageFormat: "This comment is commented-out code; remove it, version control keeps the old version",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Commented-out code is never compiled, tested or updated, and readers cannot tell whether it still matters. Delete it: version control remembers it. Comments should say why, in prose.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.CommentedOutCode));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxTreeAction(AnalyzeTree);
    }

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context)
    {
        var root = context.Tree.GetRoot(context.CancellationToken);
        var text = context.Tree.GetText(context.CancellationToken);
        var blocks = new List<CommentBlock>();

        // A comment alone on its lines is always leading trivia: trailing trivia ends at the first line break.
        foreach (var token in root.DescendantTokens())
        {
            if (HasComment(token.LeadingTrivia))
            {
                CommentBlocks.Collect(token.LeadingTrivia, text, blocks);
            }
        }

        foreach (var block in blocks)
        {
            if (CodeRecognizer.IsCode(block.Content))
            {
                context.ReportDiagnostic(Diagnostic.Create(s_rule, Location.Create(context.Tree, block.Span)));
            }
        }
    }

    private static bool HasComment(SyntaxTriviaList trivia)
    {
        foreach (var item in trivia)
        {
            if (item.IsKind(SyntaxKind.SingleLineCommentTrivia) || item.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                return true;
            }
        }

        return false;
    }
}
