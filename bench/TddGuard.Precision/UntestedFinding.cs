namespace TddGuard.Precision;

/// <summary>One TG1001 (untested member) or TG1002 (untested type) finding of a <c>tddguard check</c> report.</summary>
/// <param name="Rule">TG1001 or TG1002.</param>
/// <param name="File">The file, relative to the repository, with forward slashes.</param>
/// <param name="Line">The 1-based line of the member's or type's name.</param>
/// <param name="Column">The 1-based column of that name.</param>
/// <param name="Message">The finding's message (it names the member or type).</param>
/// <param name="Source">The project the analyzers judged.</param>
internal sealed record UntestedFinding(string Rule, string File, int Line, int Column, string Message, string Source);
