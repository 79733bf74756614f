using System.Collections.Generic;
using System.Linq;
using TddGuard.Evidence;

namespace TddGuard.Reconciliation;

/// <summary>TG3001: a checked entry must have tests that prove it.</summary>
internal sealed class CheckedWithoutTestRule : IReconciliationRule
{
    public IEnumerable<Finding> Evaluate(ReconciliationContext context) =>
        context.Statuses
            .Where(status => status.Item.IsChecked && status.TestsLinked == 0)
            .Select(status => TodoRules.CheckedWithoutTest.At(
                context.LocationOf(status.Item),
                $"'{status.Item.Key}' is checked but no test is linked to it: mark the tests that prove it with " +
                $"[Property(\"Todo\", \"{status.Item.Key}\")] (NUnit), [Trait(\"Todo\", ...)] (xUnit) or [TestProperty(\"Todo\", ...)] (MSTest).",
                status.Item.Key));
}

/// <summary>TG3002: when results are given, a checked entry's linked tests must all have run and passed.</summary>
internal sealed class CheckedWithFailingTestsRule : IReconciliationRule
{
    private const int MaxTestsNamed = 5;

    public IEnumerable<Finding> Evaluate(ReconciliationContext context)
    {
        if (context.Input.Results is null)
        {
            yield break;
        }

        foreach (var status in context.Statuses.Where(status => status.Item.IsChecked && status.TestsLinked > status.TestsPassed))
        {
            var failed = status.LinkedTests.Where(test => context.OutcomeOf(test) == TestOutcome.Failed).ToList();
            var notRun = status.LinkedTests.Where(test => context.OutcomeOf(test) is null or TestOutcome.NotRun).ToList();
            var details = string.Join("; ", new[] { Named("failed", failed), Named("did not run", notRun) }.Where(part => part.Length > 0));
            yield return TodoRules.CheckedWithFailingTests.At(
                context.LocationOf(status.Item),
                $"'{status.Item.Key}' is checked but {status.TestsLinked - status.TestsPassed} of {status.TestsLinked} linked tests did not pass ({details}): make them pass.",
                status.Item.Key);
        }
    }

    private static string Named(string what, List<string> tests)
    {
        if (tests.Count == 0)
        {
            return string.Empty;
        }

        var more = tests.Count > MaxTestsNamed ? $" and {tests.Count - MaxTestsNamed} more" : string.Empty;
        return $"{what}: {string.Join(", ", tests.Take(MaxTestsNamed))}{more}";
    }
}

/// <summary>TG3006: an open entry whose linked tests all pass may be done.</summary>
internal sealed class ReadyToCheckRule : IReconciliationRule
{
    public IEnumerable<Finding> Evaluate(ReconciliationContext context) =>
        context.Input.Results is null
            ? []
            : context.Statuses
                .Where(status => !status.Item.IsChecked && status.TestsLinked > 0 && status.TestsPassed == status.TestsLinked)
                .Select(status => TodoRules.ReadyToCheck.At(
                    context.LocationOf(status.Item),
                    $"'{status.Item.Key}' is open but all {status.TestsLinked} of its linked tests pass: check it off?",
                    status.Item.Key));
}

/// <summary>TG3007: a checked entry's tests must cover the code they reference.</summary>
internal sealed class CheckedWithLowCoverageRule : IReconciliationRule
{
    public IEnumerable<Finding> Evaluate(ReconciliationContext context) =>
        context.Statuses
            .Where(status => status.Item.IsChecked && status.Coverage is { } coverage && coverage.Ratio < context.Input.MinCoverage)
            .Select(status => TodoRules.CheckedWithLowCoverage.At(
                context.LocationOf(status.Item),
                $"'{status.Item.Key}' is checked but its tests cover {Percent.Format(status.Coverage!.Value.Ratio)} of the lines of the code they reference " +
                $"({status.Coverage.Value.Covered} of {status.Coverage.Value.Total}); the minimum is {Percent.Format(context.Input.MinCoverage)}.",
                status.Item.Key));
}

/// <summary>TG3005: a link must name an entry that exists.</summary>
internal sealed class UnknownKeyRule : IReconciliationRule
{
    public IEnumerable<Finding> Evaluate(ReconciliationContext context) =>
        context.UnknownLinks.Select(link => TodoRules.UnknownKey.At(
            link.Location,
            $"{link.TestId} is linked to '{link.Key}', which no entry of {context.Input.Todo.Path} has as its ID or text: fix the key or remove the link.",
            itemKey: null));
}
