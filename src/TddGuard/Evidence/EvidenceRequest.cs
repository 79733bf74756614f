using System.Collections.Generic;

namespace TddGuard.Evidence;

/// <summary>Which files hold the test results and coverage to reconcile.</summary>
public sealed record EvidenceRequest
{
    private EvidenceRequest(IReadOnlyList<string> resultPatterns, IReadOnlyList<string> coveragePatterns, bool discover)
    {
        ResultPatterns = resultPatterns;
        CoveragePatterns = coveragePatterns;
        IsDiscovery = discover;
    }

    /// <summary>Every TRX, NUnit 3, JUnit and Cobertura file under the repository's <c>TestResults</c> folders.</summary>
    public static EvidenceRequest Discover { get; } = new(
        ["**/TestResults/**/*.trx", "**/TestResults/**/*.xml"],
        ["**/TestResults/**/*.xml"],
        discover: true);

    /// <summary>Patterns for result files and for coverage files; each must match at least one file.</summary>
    public IReadOnlyList<string> ResultPatterns { get; }

    /// <summary>Patterns for Cobertura files.</summary>
    public IReadOnlyList<string> CoveragePatterns { get; }

    /// <summary>Whether files are being searched for, so files of other kinds are skipped rather than reported.</summary>
    public bool IsDiscovery { get; }

    /// <summary>Exactly the files the patterns match (shell-style, relative to the repository or absolute).</summary>
    public static EvidenceRequest Explicit(IReadOnlyList<string> resultPatterns, IReadOnlyList<string> coveragePatterns) =>
        new(resultPatterns, coveragePatterns, discover: false);
}
