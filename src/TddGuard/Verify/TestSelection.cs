using System;
using System.Collections.Generic;
using System.Linq;

namespace TddGuard.Verify;

/// <summary>Which tests a member's red variant runs.</summary>
/// <param name="Tests">The test IDs to run, or <see langword="null"/> for every test of the test projects.</param>
internal sealed record TestSelection(IReadOnlyCollection<string>? Tests)
{
    /// <summary>The most steps a member's tests are run in: the tests at distance 0, at 1, then all the farther ones.</summary>
    private const int LastStep = 2;

    private readonly HashSet<string>? _lookup = Tests is null ? null : new HashSet<string>(Tests, StringComparer.Ordinal);

    /// <summary>How far each selected test is from the member (see <see cref="IMemberTestMap.TestsFor"/>), when known.</summary>
    public IReadOnlyDictionary<string, int>? Distances { get; init; }

    /// <summary>Every test of the test projects.</summary>
    public static TestSelection All { get; } = new((IReadOnlyCollection<string>?)null);

    /// <summary>
    /// The tests for <paramref name="member"/> by <paramref name="map"/>, which is asked for the member and for the
    /// property, indexer or event it belongs to; every test when the map knows neither; <see langword="null"/> when
    /// there is nothing to run (no test project, or no test references the member): no-test.
    /// </summary>
    public static TestSelection? For(ProductionMember member, IMemberTestMap map, bool hasTestProjects)
    {
        if (!hasTestProjects)
        {
            return null;
        }

        var known = new[] { member.Id, member.AssociatedId }.OfType<string>().Select(map.TestsFor).OfType<IReadOnlyDictionary<string, int>>().ToList();
        if (known.Count == 0)
        {
            return All;
        }

        var distances = known.SelectMany(found => found)
            .GroupBy(test => test.Key, StringComparer.Ordinal)
            .ToDictionary(test => test.Key, test => test.Min(found => found.Value), StringComparer.Ordinal);
        return distances.Count == 0 ? null : new TestSelection([.. distances.Keys.Order(StringComparer.Ordinal)]) { Distances = distances };
    }

    /// <summary>
    /// The selection in the order its tests are run, nearest first: those that call the member, those that call code
    /// calling it, then all the others; a run stops at the first step with a red test. One step when distances are
    /// unknown.
    /// </summary>
    public IReadOnlyList<TestSelection> NearestFirst() =>
        Distances is null
            ? [this]
            : [.. Distances.GroupBy(test => Math.Min(test.Value, LastStep))
                .OrderBy(step => step.Key)
                .Select(step => new TestSelection([.. step.Select(test => test.Key).Order(StringComparer.Ordinal)]) { Distances = step.ToDictionary(test => test.Key, test => test.Value, StringComparer.Ordinal) })];

    /// <summary>How far the test method <paramref name="methodId"/> is from the member: its nearest selected ID that includes it.</summary>
    public int? DistanceOf(string methodId) =>
        Distances?.Where(test => Covers(test.Key, methodId)).Select(test => (int?)test.Value).Min();

    /// <summary>
    /// Whether the test method <paramref name="methodId"/> is selected: by name, or as a test of a selected fixture
    /// (or of a type nested in one), as a <c>FullyQualifiedName~</c> filter would select it.
    /// </summary>
    public bool Includes(string methodId)
    {
        if (_lookup is null)
        {
            return true;
        }

        for (var end = methodId.Length; end > 0; end = methodId.LastIndexOf('.', end - 1))
        {
            if (_lookup.Contains(methodId[..end]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the selected ID <paramref name="selected"/> (a method, or a fixture) includes <paramref name="methodId"/>.</summary>
    private static bool Covers(string selected, string methodId) =>
        methodId.StartsWith(selected, StringComparison.Ordinal) && (methodId.Length == selected.Length || methodId[selected.Length] == '.');
}
