using System.Collections.Generic;

namespace TddGuard.TestMap;

/// <summary>What one C# file says about tests: their links to checklist entries, the tests, and unreadable links.</summary>
/// <param name="Links">The Todo links in the file.</param>
/// <param name="Tests">The test methods declared in the file.</param>
/// <param name="Problems">Links TddGuard cannot read without building, such as keys that are not string literals.</param>
public sealed record TestSourceFile(IReadOnlyList<TestLink> Links, IReadOnlyList<TestDeclaration> Tests, IReadOnlyList<InputProblem> Problems)
{
    /// <summary>A file with nothing in it about tests.</summary>
    public static TestSourceFile Empty { get; } = new([], [], []);
}
