using System.Collections.Generic;

namespace TddGuard.Evidence;

/// <summary>The outcome of every test method in one or more result files, parameterised cases rolled up.</summary>
public sealed class TestRunResults
{
    private readonly Dictionary<string, TestOutcome> _outcomes = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _testsByFixture = new(System.StringComparer.Ordinal);

    /// <summary>How many test methods have a result.</summary>
    public int Count => _outcomes.Count;

    /// <summary>The rolled-up outcome of <paramref name="testId"/>, or null when no result names it.</summary>
    public TestOutcome? OutcomeOf(string testId) =>
        _outcomes.TryGetValue(testId, out var outcome) ? outcome : null;

    /// <summary>The IDs of the test methods with results in <paramref name="fixtureId"/>.</summary>
    public IReadOnlyList<string> InFixture(string fixtureId) =>
        _testsByFixture.TryGetValue(fixtureId, out var tests) ? tests : [];

    /// <summary>
    /// These results with each case named in <paramref name="aliases"/> (a result ID of its own → its method's ID)
    /// rolled up into its method, as if the result file had named the method.
    /// </summary>
    public TestRunResults Renamed(IReadOnlyDictionary<string, string> aliases)
    {
        if (aliases.Count == 0)
        {
            return this;
        }

        var renamed = new TestRunResults();
        foreach (var (testId, outcome) in _outcomes)
        {
            renamed.Add(aliases.TryGetValue(testId, out var method) ? method : testId, outcome);
        }

        return renamed;
    }

    /// <summary>Adds one case's outcome to its method's.</summary>
    internal void Add(string testId, TestOutcome outcome)
    {
        if (_outcomes.TryGetValue(testId, out var previous))
        {
            _outcomes[testId] = previous > outcome ? previous : outcome;
            return;
        }

        _outcomes.Add(testId, outcome);
        var fixtureId = TestNames.FixtureOf(testId);
        if (!_testsByFixture.TryGetValue(fixtureId, out var tests))
        {
            tests = [];
            _testsByFixture.Add(fixtureId, tests);
        }

        tests.Add(testId);
    }
}
