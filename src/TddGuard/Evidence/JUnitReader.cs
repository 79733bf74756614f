using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace TddGuard.Evidence;

/// <summary>Reads JUnit XML result files, with <c>testsuites</c> or a single <c>testsuite</c> as root.</summary>
internal static class JUnitReader
{
    public const string SuitesRootName = "testsuites";
    public const string SuiteRootName = "testsuite";

    public static IEnumerable<TestCaseResult> Read(XDocument document) =>
        document.Descendants("testcase").Select(testCase => new TestCaseResult(
            TestNames.MethodId((string?)testCase.Attribute("classname") ?? string.Empty, (string?)testCase.Attribute("name") ?? string.Empty),
            OutcomeOf(testCase)));

    private static TestOutcome OutcomeOf(XElement testCase) =>
        testCase.Element("failure") is not null || testCase.Element("error") is not null ? TestOutcome.Failed
        : testCase.Element("skipped") is not null ? TestOutcome.NotRun
        : TestOutcome.Passed;
}
