using System.Collections.Generic;
using System.Linq;
using TddGuard.Evidence;
using TddGuard.TestMap;
using TddGuard.Todo;

namespace TddGuard.Reconciliation;

/// <summary>The input with links resolved: each entry's tests, outcomes and coverage, and the links that name nothing.</summary>
internal sealed class ReconciliationContext
{
    public ReconciliationContext(ReconciliationInput input)
    {
        Input = input;
        Results = input.Results?.Renamed(input.Tests.CaseAliases);
        var index = new TodoKeyIndex(input.Todo.Items);
        var links = input.Todo.Items.Select(_ => new ItemLinks()).ToArray();
        var unknownLinks = new List<TestLink>();
        foreach (var link in input.Tests.Links)
        {
            var items = index.Find(link.Key);
            if (items.Count == 0)
            {
                unknownLinks.Add(link);
            }

            foreach (var item in items)
            {
                links[item.Index].Add(link, input.Tests, Results);
            }
        }

        UnknownLinks = unknownLinks;
        Statuses = [.. input.Todo.Items.Select(item => links[item.Index].ToStatus(item, Results, input.Coverage))];
    }

    public ReconciliationInput Input { get; }

    public IReadOnlyList<TodoItem> Items => Input.Todo.Items;

    /// <summary>Each entry's status, indexed like <see cref="Items"/>.</summary>
    public IReadOnlyList<ItemStatus> Statuses { get; }

    public IReadOnlyList<TestLink> UnknownLinks { get; }

    public SourceLocation LocationOf(TodoItem item) => SourceLocation.At(Input.Todo.Path, item.Position);

    /// <summary>The results, cases named by a name of their own rolled up into their methods.</summary>
    public TestRunResults? Results { get; }

    public TestOutcome? OutcomeOf(string testId) => Results?.OutcomeOf(testId);

    /// <summary>The tests and referenced names one entry's links gather.</summary>
    private sealed class ItemLinks
    {
        private readonly List<string> _tests = [];
        private readonly HashSet<string> _seen = new(System.StringComparer.Ordinal);
        private readonly HashSet<string> _referencedNames = new(System.StringComparer.Ordinal);

        public void Add(TestLink link, TestCatalog catalog, TestRunResults? results)
        {
            foreach (var test in catalog.TestsLinkedBy(link))
            {
                AddTest(test.Id);
                _referencedNames.UnionWith(test.ReferencedNames);
            }

            var resultsOnlyTests = link.IsFixtureLink && results is not null ? results.InFixture(link.TestId) : [];
            foreach (var testId in resultsOnlyTests)
            {
                AddTest(testId);
            }
        }

        public ItemStatus ToStatus(TodoItem item, TestRunResults? results, CoverageReport? coverage)
        {
            var passed = results is null ? 0 : _tests.Count(test => results.OutcomeOf(test) == TestOutcome.Passed);
            var lines = coverage is null || _referencedNames.Count == 0 ? null : coverage.CoverageOf(_referencedNames);
            return new ItemStatus(item, _tests, passed, lines);
        }

        private void AddTest(string testId)
        {
            if (_seen.Add(testId))
            {
                _tests.Add(testId);
            }
        }
    }
}
