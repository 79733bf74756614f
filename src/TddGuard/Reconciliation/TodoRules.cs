using System.Collections.Generic;

namespace TddGuard.Reconciliation;

/// <summary>The one place that names the checklist rules (TG3xxx), their titles and severities.</summary>
public static class TodoRules
{
    /// <summary>TG3001: a checked item without a linked test.</summary>
    public static TodoRule CheckedWithoutTest { get; } = new("TG3001", "Checked item without a linked test", FindingSeverity.Warning);

    /// <summary>TG3002: a checked item whose linked tests failed or did not run.</summary>
    public static TodoRule CheckedWithFailingTests { get; } = new("TG3002", "Checked item whose tests failed or did not run", FindingSeverity.Error);

    /// <summary>TG3003: an item checked while an earlier item is still open.</summary>
    public static TodoRule CheckedOutOfOrder { get; } = new("TG3003", "Item checked out of order", FindingSeverity.Warning);

    /// <summary>TG3004: an entry reworded, removed, reordered or unchecked against the baseline.</summary>
    public static TodoRule ChangedSinceBaseline { get; } = new("TG3004", "Entry changed since the baseline", FindingSeverity.Error);

    /// <summary>TG3005: a test linked to a key no item has.</summary>
    public static TodoRule UnknownKey { get; } = new("TG3005", "Test linked to an unknown item", FindingSeverity.Warning);

    /// <summary>TG3006: an open item whose linked tests all pass.</summary>
    public static TodoRule ReadyToCheck { get; } = new("TG3006", "Open item whose tests all pass", FindingSeverity.Note);

    /// <summary>TG3007: a checked item whose coverage is below the minimum.</summary>
    public static TodoRule CheckedWithLowCoverage { get; } = new("TG3007", "Checked item with low coverage", FindingSeverity.Warning);

    /// <summary>TG3008: two items with the same key.</summary>
    public static TodoRule DuplicateKey { get; } = new("TG3008", "Two items with the same key", FindingSeverity.Error);

    /// <summary>Every rule, in ID order.</summary>
    public static IReadOnlyList<TodoRule> All { get; } =
    [
        CheckedWithoutTest, CheckedWithFailingTests, CheckedOutOfOrder, ChangedSinceBaseline,
        UnknownKey, ReadyToCheck, CheckedWithLowCoverage, DuplicateKey,
    ];
}
