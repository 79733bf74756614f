using System.Collections.Generic;

namespace TddGuard.Todo;

/// <summary>A parsed TODO file: its entries in document order and the lines that looked like entries but were not.</summary>
/// <param name="Path">The file's path relative to the repository, with forward slashes.</param>
/// <param name="Items">The entries in document order.</param>
/// <param name="Problems">Malformed entries, each with its position.</param>
public sealed record TodoList(string Path, IReadOnlyList<TodoItem> Items, IReadOnlyList<InputProblem> Problems);
