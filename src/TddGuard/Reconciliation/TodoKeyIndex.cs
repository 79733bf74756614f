using System.Collections.Generic;
using TddGuard.Todo;

namespace TddGuard.Reconciliation;

/// <summary>Finds the entries a test's key names: by ID, by text, or by the whole line (ID and text).</summary>
internal sealed class TodoKeyIndex
{
    private static readonly IReadOnlyList<TodoItem> s_none = [];
    private readonly Dictionary<string, List<TodoItem>> _items = new(TodoKeys.Comparer);

    public TodoKeyIndex(IEnumerable<TodoItem> items)
    {
        foreach (var item in items)
        {
            var names = new HashSet<string>(TodoKeys.Comparer) { item.Key, item.Text };
            if (item.Id is not null)
            {
                names.Add(TodoKeys.Normalize(item.Id + " " + item.Text));
            }

            foreach (var name in names)
            {
                Add(name, item);
            }
        }
    }

    public IReadOnlyList<TodoItem> Find(string key) =>
        _items.TryGetValue(TodoKeys.Normalize(key), out var items) ? items : s_none;

    private void Add(string name, TodoItem item)
    {
        if (!_items.TryGetValue(name, out var items))
        {
            items = [];
            _items.Add(name, items);
        }

        items.Add(item);
    }
}
