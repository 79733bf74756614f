using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace TddGuard.Analyzers.Design;

/// <summary>A comment that fills its lines alone: its span, and its text without the comment markers.</summary>
internal readonly struct CommentBlock(TextSpan span, string content)
{
    public TextSpan Span { get; } = span;

    public string Content { get; } = content;
}

/// <summary>
/// Finds the comment blocks of a trivia list: consecutive <c>//</c> lines merged into one block, and each
/// <c>/* */</c> comment. Only comments alone on their lines count; a comment after or before code on the same
/// line annotates that code. Documentation comments are not comments here.
/// </summary>
internal static class CommentBlocks
{
    private const string LineCommentMarker = "//";
    private const string BlockCommentStart = "/*";
    private const string BlockCommentEnd = "*/";

    public static void Collect(SyntaxTriviaList trivia, SourceText text, List<CommentBlock> blocks)
    {
        var lines = new LineCommentRun();
        foreach (var item in trivia)
        {
            if (item.IsKind(SyntaxKind.WhitespaceTrivia) || item.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                continue;
            }

            if (item.IsKind(SyntaxKind.SingleLineCommentTrivia) && IsAloneOnItsLines(item.Span, text))
            {
                lines.Add(item, text, blocks);
                continue;
            }

            lines.Flush(blocks);
            if (item.IsKind(SyntaxKind.MultiLineCommentTrivia) && IsAloneOnItsLines(item.Span, text) && BlockCommentContent(item) is { } content)
            {
                blocks.Add(new CommentBlock(item.Span, content));
            }
        }

        lines.Flush(blocks);
    }

    /// <summary>Whether only whitespace shares the lines of the span, so deleting those lines deletes nothing else.</summary>
    public static bool IsAloneOnItsLines(TextSpan span, SourceText text)
    {
        var first = text.Lines.GetLineFromPosition(span.Start);
        var last = text.Lines.GetLineFromPosition(span.End);
        return IsWhitespace(text, first.Start, span.Start) && IsWhitespace(text, span.End, last.End);
    }

    private static bool IsWhitespace(SourceText text, int start, int end)
    {
        for (var position = start; position < end; position++)
        {
            if (!char.IsWhiteSpace(text[position]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text between <c>/*</c> and <c>*/</c>, without the <c>*</c> that starts each further line; null if unterminated.</summary>
    private static string? BlockCommentContent(SyntaxTrivia comment)
    {
        var full = comment.ToString();
        if (full.Length < BlockCommentStart.Length + BlockCommentEnd.Length || !full.EndsWith(BlockCommentEnd, System.StringComparison.Ordinal))
        {
            return null;
        }

        var lines = full.Substring(BlockCommentStart.Length, full.Length - BlockCommentStart.Length - BlockCommentEnd.Length).Split('\n');
        for (var index = 1; index < lines.Length; index++)
        {
            var trimmed = lines[index].TrimStart();
            lines[index] = trimmed.StartsWith("*", System.StringComparison.Ordinal) ? trimmed.Substring(1) : lines[index];
        }

        return string.Join("\n", lines);
    }

    /// <summary>The <c>//</c> comments on consecutive lines seen so far.</summary>
    private sealed class LineCommentRun
    {
        private readonly StringBuilder _content = new();
        private TextSpan _span;
        private int _lastLine = -1;

        public void Add(SyntaxTrivia comment, SourceText text, List<CommentBlock> blocks)
        {
            var line = text.Lines.GetLineFromPosition(comment.SpanStart).LineNumber;
            if (_lastLine >= 0 && line != _lastLine + 1)
            {
                Flush(blocks);
            }

            _span = _lastLine < 0 ? comment.Span : TextSpan.FromBounds(_span.Start, comment.Span.End);
            _lastLine = line;
            _content.Append(comment.ToString(), LineCommentMarker.Length, comment.Span.Length - LineCommentMarker.Length).Append('\n');
        }

        public void Flush(List<CommentBlock> blocks)
        {
            if (_lastLine < 0)
            {
                return;
            }

            blocks.Add(new CommentBlock(_span, _content.ToString()));
            _content.Clear();
            _lastLine = -1;
        }
    }
}
