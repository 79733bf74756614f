namespace TddGuard.TestMap;

/// <summary>A test's claim, in its own metadata, that it proves a checklist entry.</summary>
/// <param name="Key">The entry's ID or text, as written in the attribute.</param>
/// <param name="TestId">The linked test method (<c>Namespace.Fixture.Method</c>) or, for a fixture link, the fixture.</param>
/// <param name="IsFixtureLink">Whether the attribute is on a class, linking every test in it.</param>
/// <param name="Location">Where the attribute is written.</param>
public sealed record TestLink(string Key, string TestId, bool IsFixtureLink, SourceLocation Location);
