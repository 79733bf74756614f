using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace TddGuard.Reconciliation;

/// <summary>Weighs a checklist against its tests, results, coverage and baseline (TG3001–TG3008).</summary>
public static class Reconciler
{
    private static readonly ImmutableArray<IReconciliationRule> s_rules =
    [
        new CheckedWithoutTestRule(),
        new CheckedWithFailingTestsRule(),
        new CheckedOutOfOrderRule(),
        new ChangedSinceBaselineRule(),
        new UnknownKeyRule(),
        new ReadyToCheckRule(),
        new CheckedWithLowCoverageRule(),
        new DuplicateKeyRule(),
    ];

    /// <summary>Reconciles <paramref name="input"/>; pure, so safe to call from any thread.</summary>
    public static ReconciliationReport Reconcile(ReconciliationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = new ReconciliationContext(input);
        var findings = s_rules
            .SelectMany(rule => rule.Evaluate(context))
            .OrderBy(finding => finding.Id, StringComparer.Ordinal)
            .ThenBy(finding => finding.Location.File, StringComparer.Ordinal)
            .ThenBy(finding => finding.Location.Line)
            .ThenBy(finding => finding.Location.Column)
            .ToList();
        IReadOnlyList<InputProblem> problems = [.. input.Todo.Problems, .. input.Tests.Problems];
        return new ReconciliationReport(input.Todo, context.Statuses, findings, problems, input.Results is not null, input.Coverage is not null);
    }
}
