namespace TddGuard.CodeMd;

/// <summary>A marker that cannot be paired: unbalanced, nested, mismatched or duplicated.</summary>
/// <param name="Line">The 1-based line of the offending marker.</param>
/// <param name="Message">What is wrong and how to repair it.</param>
internal sealed record MarkerProblem(int Line, string Message);
