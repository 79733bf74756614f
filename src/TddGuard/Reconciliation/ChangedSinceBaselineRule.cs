using System.Collections.Generic;
using System.Linq;
using TddGuard.Todo;

namespace TddGuard.Reconciliation;

/// <summary>
/// TG3004: entries are never reworded, removed, reordered or unchecked. Entries are matched by key; an entry
/// without an ID changes key when reworded, so a removed and an added entry at the same place are a rewording.
/// </summary>
internal sealed class ChangedSinceBaselineRule : IReconciliationRule
{
    private const string StartAnchor = "";

    public IEnumerable<Finding> Evaluate(ReconciliationContext context)
    {
        var baseline = context.Input.Baseline;
        if (baseline is null)
        {
            return [];
        }

        var comparison = new Comparison(baseline.Items, context.Items);
        var revision = context.Input.BaselineRevision;
        return comparison.Unchecked().Select(item => Finding(context, item, $"'{item.Key}' was checked at {revision} and is unchecked now: a finished entry stays checked; add a new entry for new work."))
            .Concat(comparison.Reworded().Select(pair => Finding(context, pair.Current, $"'{pair.Current.Key}' was reworded since {revision}, where it read '{pair.Baseline.Text}': entries are never reworded; add a new entry instead.")))
            .Concat(comparison.Removed().Select(item => TodoRules.ChangedSinceBaseline.At(SourceLocation.StartOf(context.Input.Todo.Path), $"'{item.Key}' (line {item.Position.Line} at {revision}) was removed: entries are never removed.", item.Key)))
            .Concat(comparison.Moved().Select(pair => Finding(context, pair.Current, $"'{pair.Current.Key}' was moved since {revision}, where it came after {Describe(pair.Previous)}: entries keep their order.")));
    }

    private static Finding Finding(ReconciliationContext context, TodoItem item, string message) =>
        TodoRules.ChangedSinceBaseline.At(context.LocationOf(item), message, item.Key);

    private static string Describe(TodoItem? previous) => previous is null ? "nothing (it was first)" : $"'{previous.Key}'";

    /// <summary>The baseline and current entries lined up by key.</summary>
    private sealed class Comparison
    {
        private readonly IReadOnlyList<TodoItem> _baseline;
        private readonly IReadOnlyList<TodoItem> _current;
        private readonly Dictionary<string, TodoItem> _baselineByKey = new(TodoKeys.Comparer);
        private readonly Dictionary<string, TodoItem> _currentByKey = new(TodoKeys.Comparer);
        private readonly List<(TodoItem Baseline, TodoItem Current)> _rewordedWithoutId;
        private readonly HashSet<TodoItem> _pairedRemovals;

        public Comparison(IReadOnlyList<TodoItem> baseline, IReadOnlyList<TodoItem> current)
        {
            _baseline = baseline;
            _current = current;
            foreach (var item in baseline)
            {
                _ = _baselineByKey.TryAdd(item.Key, item);
            }

            foreach (var item in current)
            {
                _ = _currentByKey.TryAdd(item.Key, item);
            }

            _rewordedWithoutId = PairRemovedWithAdded();
            _pairedRemovals = [.. _rewordedWithoutId.Select(pair => pair.Baseline)];
        }

        public IEnumerable<TodoItem> Unchecked() =>
            Survivors().Where(pair => pair.Baseline.IsChecked && !pair.Current.IsChecked).Select(pair => pair.Current);

        public IEnumerable<(TodoItem Baseline, TodoItem Current)> Reworded() =>
            Survivors().Where(pair => pair.Baseline.Text != pair.Current.Text).Concat(_rewordedWithoutId);

        public IEnumerable<TodoItem> Removed() =>
            _baseline.Where(item => !_currentByKey.ContainsKey(item.Key) && !_pairedRemovals.Contains(item));

        /// <summary>Surviving entries outside the longest run that kept its order, each with the entry it followed.</summary>
        public IEnumerable<(TodoItem Current, TodoItem? Previous)> Moved()
        {
            var survivors = Survivors().ToList();
            var inOrder = LongestIncreasingRun.Indexes(survivors.Select(pair => pair.Current.Index).ToList());
            for (var position = 0; position < survivors.Count; position++)
            {
                if (!inOrder.Contains(position))
                {
                    yield return (survivors[position].Current, position == 0 ? null : survivors[position - 1].Baseline);
                }
            }
        }

        /// <summary>Baseline entries still present, first occurrence of each key, in baseline order.</summary>
        private IEnumerable<(TodoItem Baseline, TodoItem Current)> Survivors() =>
            _baseline
                .Where(item => _baselineByKey[item.Key] == item && _currentByKey.ContainsKey(item.Key))
                .Select(item => (item, _currentByKey[item.Key]));

        private List<(TodoItem Baseline, TodoItem Current)> PairRemovedWithAdded()
        {
            var added = AnchoredQueues(_current, _baselineByKey);
            var pairs = new List<(TodoItem Baseline, TodoItem Current)>();
            foreach (var (anchor, removed) in Anchored(_baseline, _currentByKey))
            {
                if (added.TryGetValue(anchor, out var queue) && queue.Count > 0)
                {
                    pairs.Add((removed, queue.Dequeue()));
                }
            }

            return pairs;
        }

        private static Dictionary<string, Queue<TodoItem>> AnchoredQueues(IReadOnlyList<TodoItem> items, Dictionary<string, TodoItem> other)
        {
            var queues = new Dictionary<string, Queue<TodoItem>>(TodoKeys.Comparer);
            foreach (var (anchor, item) in Anchored(items, other))
            {
                if (!queues.TryGetValue(anchor, out var queue))
                {
                    queue = new Queue<TodoItem>();
                    queues.Add(anchor, queue);
                }

                queue.Enqueue(item);
            }

            return queues;
        }

        /// <summary>Entries missing from <paramref name="other"/>, each with the key of the nearest shared entry above it.</summary>
        private static IEnumerable<(string Anchor, TodoItem Item)> Anchored(IReadOnlyList<TodoItem> items, Dictionary<string, TodoItem> other)
        {
            var anchor = StartAnchor;
            foreach (var item in items)
            {
                if (other.ContainsKey(item.Key))
                {
                    anchor = item.Key;
                    continue;
                }

                yield return (anchor, item);
            }
        }
    }
}
