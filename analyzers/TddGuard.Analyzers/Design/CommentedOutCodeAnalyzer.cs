using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
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
        var text = context.Tree.GetText(context.CancellationToken);
        SyntaxNode? root = null;
        var blocks = new List<CommentBlock>();
        var lastToken = default(SyntaxToken);

        // Walking every token of the tree to read its trivia costs more than the rest of this rule: the text says
        // where a comment starts a line, and only the trivia found there are read. A comment alone on its lines is
        // always leading trivia (trailing trivia ends at the first line break), so its token's leading trivia
        // holds the whole block.
        foreach (var line in text.Lines)
        {
            var start = FirstNonWhitespace(text, line);
            if (start < 0 || !StartsComment(text, start, line.End))
            {
                continue;
            }

            root ??= context.Tree.GetRoot(context.CancellationToken);
            var comment = root.FindTrivia(start);
            if (IsComment(comment) && comment.Token != lastToken)
            {
                lastToken = comment.Token;
                CommentBlocks.Collect(lastToken.LeadingTrivia, text, blocks);
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

    private static int FirstNonWhitespace(SourceText text, TextLine line)
    {
        for (var position = line.Start; position < line.End; position++)
        {
            if (!char.IsWhiteSpace(text[position]))
            {
                return position;
            }
        }

        return -1;
    }

    private static bool StartsComment(SourceText text, int start, int lineEnd) =>
        start + 1 < lineEnd && text[start] == '/' && text[start + 1] is '/' or '*';

    private static bool IsComment(SyntaxTrivia trivia) =>
        trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia);
}
