namespace TddGuard.CodeMd;

/// <summary>What <c>tddguard codemd</c> is asked to do.</summary>
public sealed class CodeMdOptions
{
    /// <summary>The design document's path relative to the repository, unless told otherwise.</summary>
    public const string DefaultDocumentPath = "design/CODE.md";

    /// <summary>The checklist whose items <see cref="ItemKey"/> names.</summary>
    public const string DefaultTodoPath = "design/TODO.md";

    /// <summary>The repository folder.</summary>
    public required string RepositoryRoot { get; init; }

    /// <summary>A solution or folder to describe, relative to the repository; <see langword="null"/>: the repository's only solution, else the repository.</summary>
    public string? CodePath { get; init; }

    /// <summary>The design document, relative to the repository.</summary>
    public string DocumentPath { get; init; } = DefaultDocumentPath;

    /// <summary>The checklist, relative to the repository.</summary>
    public string TodoPath { get; init; } = DefaultTodoPath;

    /// <summary>A finished checklist item whose code gets its own section.</summary>
    public string? ItemKey { get; init; }

    /// <summary>Only report; never write.</summary>
    public bool CheckOnly { get; init; }
}
