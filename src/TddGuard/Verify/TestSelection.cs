using System;
using System.Collections.Generic;
using System.Linq;

namespace TddGuard.Verify;

/// <summary>Which tests a member's red variant runs.</summary>
/// <param name="Tests">The test IDs to run, or <see langword="null"/> for every test of the test projects.</param>
internal sealed record TestSelection(IReadOnlyCollection<string>? Tests)
{
    private readonly HashSet<string>? _lookup = Tests is null ? null : new HashSet<string>(Tests, StringComparer.Ordinal);

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
}
