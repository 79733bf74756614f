using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace TddGuard.Evidence;

/// <summary>Reads Visual Studio test results (TRX), as <c>dotnet test --logger trx</c> writes them.</summary>
internal static class TrxReader
{
    public const string RootName = "TestRun";

    private static readonly FrozenSet<string> s_passed = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "Passed", "PassedButRunAborted", "Completed", "Warning");
    private static readonly FrozenSet<string> s_failed = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "Failed", "Error", "Timeout", "Aborted");

    public static IEnumerable<TestCaseResult> Read(XDocument document)
    {
        var root = document.Root!;
        var methods = Children(root, "TestDefinitions")
            .SelectMany(definitions => Children(definitions, "UnitTest"))
            .Select(test => (Id: (string?)test.Attribute("id"), Method: Children(test, "TestMethod").FirstOrDefault()))
            .Where(test => test.Id is not null && test.Method is not null)
            .ToDictionary(
                test => test.Id!,
                test => TestNames.MethodId((string?)test.Method!.Attribute("className") ?? string.Empty, (string?)test.Method.Attribute("name") ?? string.Empty),
                StringComparer.OrdinalIgnoreCase);

        return Children(root, "Results")
            .SelectMany(results => Children(results, "UnitTestResult"))
            .Select(result => (TestId: (string?)result.Attribute("testId"), Outcome: (string?)result.Attribute("outcome")))
            .Where(result => result.TestId is not null && methods.ContainsKey(result.TestId))
            .Select(result => new TestCaseResult(methods[result.TestId!], OutcomeOf(result.Outcome)));
    }

    private static TestOutcome OutcomeOf(string? outcome) =>
        outcome is null ? TestOutcome.NotRun
        : s_failed.Contains(outcome) ? TestOutcome.Failed
        : s_passed.Contains(outcome) ? TestOutcome.Passed
        : TestOutcome.NotRun;

    private static IEnumerable<XElement> Children(XElement parent, string localName) =>
        parent.Elements().Where(element => element.Name.LocalName == localName);
}
