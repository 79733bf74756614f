using System;
using System.Collections.Concurrent;
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
        context.RegisterCompilationStartAction(start =>
        {
            // Files repeat their comments: the licence header of every file, the same remark in each overload.
            // Whether a text is code depends on the text alone, so each distinct block is parsed once per compilation.
            var verdicts = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
            start.RegisterSyntaxTreeAction(tree => AnalyzeTree(tree, verdicts));
        });
    }

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context, ConcurrentDictionary<string, bool> verdicts)
    {
        var text = context.Tree.GetText(context.CancellationToken);
        SyntaxNode? root = null;
        var blocks = new List<CommentBlock>();
        var lastToken = default(SyntaxToken);
        var readUpTo = 0;

        // Walking every token of the tree to read its trivia costs more than the rest of this rule: the text says
        // where a comment starts a line, and only the trivia found there are read. A comment alone on its lines is
        // always leading trivia (trailing trivia ends at the first line break), so its token's leading trivia
        // holds the whole block. The lines up to that token, and the further lines of a documentation comment or
        // of any other trivia found, hold nothing new: they are not looked up again.
        foreach (var line in text.Lines)
        {
            var start = FirstNonWhitespace(text, line);
            if (start < readUpTo || start < 0 || !StartsComment(text, start, line.End))
            {
                continue;
            }

            root ??= context.Tree.GetRoot(context.CancellationToken);
            var found = root.FindTrivia(start);
            if (IsComment(found) && found.Token != lastToken)
            {
                lastToken = found.Token;
                CommentBlocks.Collect(lastToken.LeadingTrivia, text, blocks);
                readUpTo = found.SpanStart < lastToken.SpanStart ? lastToken.SpanStart : found.Span.End;
            }
            else if (found.Span.Length > 0)
            {
                readUpTo = found.Span.End;
            }
        }

        foreach (var block in blocks)
        {
            if (verdicts.GetOrAdd(block.Content, CodeRecognizer.IsCode))
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
