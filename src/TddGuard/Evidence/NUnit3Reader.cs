using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace TddGuard.Evidence;

/// <summary>Reads NUnit 3 result files (<c>TestResult.xml</c>).</summary>
internal static class NUnit3Reader
{
    public const string RootName = "test-run";

    public static IEnumerable<TestCaseResult> Read(XDocument document) =>
        document.Descendants("test-case").Select(testCase => new TestCaseResult(
            TestNames.MethodId(
                (string?)testCase.Attribute("classname") ?? string.Empty,
                (string?)testCase.Attribute("methodname") ?? (string?)testCase.Attribute("fullname") ?? string.Empty),
            OutcomeOf((string?)testCase.Attribute("result"))));

    private const string PassedResult = "Passed";
    private const string WarningResult = "Warning";
    private const string FailedResult = "Failed";

    private static TestOutcome OutcomeOf(string? result) => result switch
    {
        _ when string.Equals(result, PassedResult, StringComparison.OrdinalIgnoreCase) => TestOutcome.Passed,
        _ when string.Equals(result, WarningResult, StringComparison.OrdinalIgnoreCase) => TestOutcome.Passed,
        _ when string.Equals(result, FailedResult, StringComparison.OrdinalIgnoreCase) => TestOutcome.Failed,
        _ => TestOutcome.NotRun,
    };
}
