using System.Collections.Generic;

namespace TddGuard.Todo;

/// <summary>One checklist entry of a TODO file.</summary>
public sealed class TodoItem
{
    /// <summary>The stable identity: <see cref="Id"/> when the entry has one, else its normalised text.</summary>
    public required string Key { get; init; }

    /// <summary>The explicit ID written at the start of the entry (<c>F01</c>, <c>T001</c>, <c>2.1</c>), if any.</summary>
    public string? Id { get; init; }

    /// <summary>The entry's text as written, without checkbox, ID, markers or requirement lines, white space collapsed.</summary>
    public required string Text { get; init; }

    /// <summary>Whether the entry is checked off (<c>[x]</c> or <c>[X]</c>).</summary>
    public bool IsChecked { get; init; }

    /// <summary>Where the checkbox is.</summary>
    public required TextPosition Position { get; init; }

    /// <summary>The entry's 0-based place among all entries, in document order.</summary>
    public int Index { get; init; }

    /// <summary>The <see cref="Index"/> of the entry this one is nested in, if any.</summary>
    public int? ParentIndex { get; init; }

    /// <summary>The text of the nearest heading above the entry, if any.</summary>
    public string? Section { get; init; }

    /// <summary>spec-kit markers such as <c>P</c> (parallel) and <c>US1</c> (user story), without brackets.</summary>
    public IReadOnlyList<string> Markers { get; init; } = [];

    /// <summary>Requirement numbers from Kiro-style <c>_Requirements: 1.2, 3.1_</c> lines.</summary>
    public IReadOnlyList<string> Requirements { get; init; } = [];
}
