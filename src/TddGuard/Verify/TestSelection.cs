using System;
using System.Collections.Generic;
using System.Linq;

namespace TddGuard.Verify;

/// <summary>Which tests a member's red variant runs.</summary>
/// <param name="Tests">The test IDs to run, or <see langword="null"/> for every test of the test projects.</param>
internal sealed record TestSelection(IReadOnlyCollection<string>? Tests)
{
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

        var known = new[] { member.Id, member.AssociatedId }.OfType<string>().Select(map.TestsFor).OfType<IReadOnlyCollection<string>>().ToList();
        if (known.Count == 0)
        {
            return All;
        }

        var tests = known.SelectMany(found => found).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return tests.Count == 0 ? null : new TestSelection(tests);
    }
}
