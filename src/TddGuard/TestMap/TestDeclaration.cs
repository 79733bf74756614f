using System.Collections.Generic;

namespace TddGuard.TestMap;

/// <summary>A test method found in source, named as test runners name it, with the names its code refers to.</summary>
/// <param name="Id">The method's full name: <c>Namespace.Fixture.Nested.Method</c>.</param>
/// <param name="FixtureId">The full name of the class declaring it.</param>
/// <param name="ReferencedNames">Every identifier the method and its fixture's non-test members use.</param>
public sealed record TestDeclaration(string Id, string FixtureId, IReadOnlySet<string> ReferencedNames)
{
    /// <summary>
    /// The IDs results give its cases that carry a name of their own (NUnit's <c>TestName</c>, xUnit's and MSTest's
    /// <c>DisplayName</c>): a result file names such a case by that name, not by its method.
    /// </summary>
    public IReadOnlyList<string> CaseIds { get; init; } = [];
}
