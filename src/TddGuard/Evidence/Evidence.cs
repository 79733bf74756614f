using System.Collections.Generic;

namespace TddGuard.Evidence;

/// <summary>What the test runs say: outcomes and coverage, each null when no file of its kind was read.</summary>
/// <param name="Results">Test outcomes, or null when no results file was read (result findings are then skipped).</param>
/// <param name="Coverage">Coverage, or null when no coverage file was read (coverage findings are then skipped).</param>
/// <param name="Problems">Files that could not be read and patterns that matched nothing.</param>
/// <param name="Files">The repository-relative paths of the files read.</param>
public sealed record Evidence(
    TestRunResults? Results,
    CoverageReport? Coverage,
    IReadOnlyList<InputProblem> Problems,
    IReadOnlyList<string> Files);
