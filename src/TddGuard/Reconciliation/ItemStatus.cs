using System.Collections.Generic;
using TddGuard.Evidence;
using TddGuard.Todo;

namespace TddGuard.Reconciliation;

/// <summary>What the evidence says about one checklist entry.</summary>
/// <param name="Item">The entry.</param>
/// <param name="LinkedTests">The IDs of the test methods linked to it.</param>
/// <param name="TestsPassed">How many of them passed (0 when no results were given).</param>
/// <param name="Coverage">The line coverage of the members its tests reference, or null when unknown.</param>
public sealed record ItemStatus(TodoItem Item, IReadOnlyList<string> LinkedTests, int TestsPassed, LineCoverage? Coverage)
{
    /// <summary>How many test methods are linked to the entry.</summary>
    public int TestsLinked => LinkedTests.Count;
}
