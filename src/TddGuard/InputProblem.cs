namespace TddGuard;

/// <summary>Input TddGuard could not use as it stands (a malformed checklist line, a corrupt results file), and why.</summary>
/// <param name="Location">Where the problem is; line and column are 1 when it concerns the whole file.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
public sealed record InputProblem(SourceLocation Location, string Message);
