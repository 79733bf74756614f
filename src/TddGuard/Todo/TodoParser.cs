using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;

namespace TddGuard.Todo;

/// <summary>Reads checklist entries from Markdown with Markdig: task-list items at any depth, under any heading.</summary>
public static partial class TodoParser
{
    private const string MarkGroup = "mark";
    private const string RestGroup = "rest";
    private const string OpenMark = " ";
    private const string CheckedMark = "x";
    private const string CheckedMarkUpper = "X";

    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .UseTaskLists()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Parses <paramref name="markdown"/>; never throws on content, reporting malformed entries instead.</summary>
    /// <param name="markdown">The file's text.</param>
    /// <param name="path">The file's repository-relative path, used in positions.</param>
    public static TodoList Parse(string markdown, string path)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (ParseMarkdown(markdown) is not { } document)
        {
            return new TodoList(path, [], [new InputProblem(SourceLocation.StartOf(path), TooDeeplyNested)]);
        }

        var walk = new DocumentWalk(markdown, path);
        foreach (var block in document.Descendants())
        {
            walk.Visit(block);
        }

        return walk.ToList();
    }

    private const string TooDeeplyNested =
        "This file nests quotes, lists or brackets too deeply to be read as a checklist: keep the entries in a plain list.";

    /// <summary>Markdig refuses absurd nesting (thousands of levels) rather than overflow the stack; that is content, not a bug.</summary>
    private static MarkdownDocument? ParseMarkdown(string markdown)
    {
        try
        {
            return Markdown.Parse(markdown, s_pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's only way to say "nested beyond its depth limit"; the caller reports it as an input problem.
            return null;
        }
    }

    /// <summary>One pass over a document's blocks in document order, collecting entries and problems.</summary>
    private sealed class DocumentWalk(string markdown, string path)
    {
        private readonly LineIndex _lines = new(markdown);
        private readonly List<ItemDraft> _items = [];
        private readonly Dictionary<ListItemBlock, ItemDraft> _itemsByBlock = [];
        private readonly List<InputProblem> _problems = [];
        private string? _section;

        public void Visit(MarkdownObject node)
        {
            if (node is HeadingBlock heading)
            {
                _section = HeadingText(SourceText(heading));
            }
            else if (node is ListItemBlock { Count: > 0 } listItem && listItem[0] is ParagraphBlock paragraph)
            {
                VisitListItem(listItem, paragraph);
            }
        }

        public TodoList ToList() =>
            new(path, [.. _items.Select(draft => draft.ToItem())], _problems);

        private void VisitListItem(ListItemBlock listItem, ParagraphBlock paragraph)
        {
            var lines = SourceText(paragraph).Split('\n').Select(line => line.Trim()).ToArray();
            if (paragraph.Inline?.FirstChild is TaskList task)
            {
                AddItem(listItem, paragraph, task.Checked, lines);
                return;
            }

            var lookalike = CheckboxLookalike().Match(lines[0]);
            if (lookalike.Success)
            {
                ReportLookalike(paragraph, lookalike);
                return;
            }

            var requirements = TodoEntryText.ParseRequirements(lines[0]);
            if (requirements is not null)
            {
                EnclosingItem(listItem)?.Requirements.AddRange(requirements);
            }
        }

        private void AddItem(ListItemBlock listItem, ParagraphBlock paragraph, bool isChecked, string[] lines)
        {
            var textLines = new List<string> { CheckboxLookalike().Match(lines[0]).Groups[RestGroup].Value };
            var requirements = new List<string>();
            foreach (var line in lines.Skip(1))
            {
                var lineRequirements = TodoEntryText.ParseRequirements(line);
                if (lineRequirements is null)
                {
                    textLines.Add(line);
                }
                else
                {
                    requirements.AddRange(lineRequirements);
                }
            }

            var entry = TodoEntryText.Parse(string.Join(' ', textLines));
            var position = _lines.PositionOf(paragraph.Span.Start);
            if (entry.Id is null && entry.Text.Length == 0)
            {
                _problems.Add(new InputProblem(SourceLocation.At(path, position), "This checklist entry has no text: write what is to be done after the checkbox."));
                return;
            }

            var draft = new ItemDraft(entry, isChecked, position, _items.Count, EnclosingItem(listItem)?.Index, _section, requirements);
            _items.Add(draft);
            _itemsByBlock.Add(listItem, draft);
        }

        private void ReportLookalike(ParagraphBlock paragraph, Match lookalike)
        {
            var mark = lookalike.Groups[MarkGroup].Value;
            var location = SourceLocation.At(path, _lines.PositionOf(paragraph.Span.Start));
            var isValidMark = mark is OpenMark or CheckedMark or CheckedMarkUpper;
            var message = !isValidMark
                ? $"'[{mark}]' is not a checkbox: write '[ ]' for an open entry or '[x]' for a finished one."
                : string.IsNullOrWhiteSpace(lookalike.Groups[RestGroup].Value)
                    ? $"This checklist entry has no text: write what is to be done after '[{mark}]'."
                    : $"Put a space between '[{mark}]' and the entry's text, or it is not a checkbox.";
            _problems.Add(new InputProblem(location, message));
        }

        private ItemDraft? EnclosingItem(ListItemBlock listItem)
        {
            for (var parent = listItem.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is ListItemBlock enclosing && _itemsByBlock.TryGetValue(enclosing, out var draft))
                {
                    return draft;
                }
            }

            return null;
        }

        private string SourceText(Block block) =>
            block.Span.IsEmpty ? string.Empty : markdown.Substring(block.Span.Start, block.Span.Length).Replace("\r", string.Empty, StringComparison.Ordinal);

        private static string HeadingText(string source) =>
            source.Split('\n')[0].Trim().Trim('#').Trim();
    }

    /// <summary>An entry whose requirements may still grow as its nested bullets are read.</summary>
    private sealed record ItemDraft(
        TodoEntryText Entry,
        bool IsChecked,
        TextPosition Position,
        int Index,
        int? ParentIndex,
        string? Section,
        List<string> Requirements)
    {
        public TodoItem ToItem() => new()
        {
            Key = Entry.Id ?? Entry.Text,
            Id = Entry.Id,
            Text = Entry.Text,
            IsChecked = IsChecked,
            Position = Position,
            Index = Index,
            ParentIndex = ParentIndex,
            Section = Section,
            Markers = Entry.Markers,
            Requirements = Requirements,
        };
    }

    // "[x] text" and what people type when they mean it: "[]", "[-]", "[ x]", "[?]"; never "[P]" or "[link]".
    [GeneratedRegex(@"^\[(?<mark>[xX \t\-~/?*.+!]{0,3})\](?<rest>.*)$")]
    private static partial Regex CheckboxLookalike();
}
