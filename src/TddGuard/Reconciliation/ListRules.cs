using System.Collections.Generic;
using System.Linq;
using TddGuard.Todo;

namespace TddGuard.Reconciliation;

/// <summary>TG3003: the list is worked top to bottom; an open entry above a checked one is work skipped.</summary>
/// <remarks>An open entry that encloses the checked one is not earlier work but its parent, finished last.</remarks>
internal sealed class CheckedOutOfOrderRule : IReconciliationRule
{
    public IEnumerable<Finding> Evaluate(ReconciliationContext context)
    {
        var openSoFar = new List<TodoItem>();
        foreach (var item in context.Items)
        {
            if (!item.IsChecked)
            {
                openSoFar.Add(item);
                continue;
            }

            var earlierOpen = openSoFar.FirstOrDefault(open => !IsAncestor(context.Items, open, item));
            if (earlierOpen is not null)
            {
                yield return TodoRules.CheckedOutOfOrder.At(
                    context.LocationOf(item),
                    $"'{item.Key}' is checked while '{earlierOpen.Key}' (line {earlierOpen.Position.Line}) above it is still open: work the list top to bottom.",
                    item.Key);
            }
        }
    }

    private static bool IsAncestor(IReadOnlyList<TodoItem> items, TodoItem candidate, TodoItem item)
    {
        for (var parent = item.ParentIndex; parent is not null; parent = items[parent.Value].ParentIndex)
        {
            if (parent == candidate.Index)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>TG3008: every entry needs its own key, or links and baselines cannot tell entries apart.</summary>
internal sealed class DuplicateKeyRule : IReconciliationRule
{
    public IEnumerable<Finding> Evaluate(ReconciliationContext context)
    {
        var firstByKey = new Dictionary<string, TodoItem>(TodoKeys.Comparer);
        foreach (var item in context.Items)
        {
            if (firstByKey.TryAdd(item.Key, item))
            {
                continue;
            }

            yield return TodoRules.DuplicateKey.At(
                context.LocationOf(item),
                $"'{item.Key}' is also the key of the entry at line {firstByKey[item.Key].Position.Line}: give each entry its own ID or text.",
                item.Key);
        }
    }
}
