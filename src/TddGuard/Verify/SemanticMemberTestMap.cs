using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using TddGuard.Analyzers.Tdd.Reach;
using TddGuard.Check;

namespace TddGuard.Verify;

/// <summary>
/// The exact test map for <c>tddguard verify</c>: the test fixtures (top-level test types, by full name) that reach a
/// production member, each with its distance. A fixture reaches what its code binds to (<see cref="TestBindings"/>,
/// distance 0) and what that code calls, creates or dispatches to, across the production projects
/// (<see cref="ProductionReach"/>). A member also counts as bound when the fixture binds to what it overrides or
/// implements — a test calling <c>IShape.Area</c> runs <c>Square.Area</c> — and a member that overrides or implements
/// a referenced assembly's member (<c>ToString</c>) is run by that code: every fixture that binds to its type counts.
/// </summary>
internal sealed class SemanticMemberTestMap : IMemberTestMap
{
    private readonly IReadOnlyList<Compilation> _production;
    private readonly IReadOnlyList<KeyValuePair<string, IReadOnlyDictionary<string, int>>> _fixtures;

    private SemanticMemberTestMap(IReadOnlyList<Compilation> production, IReadOnlyList<KeyValuePair<string, IReadOnlyDictionary<string, int>>> fixtures)
    {
        _production = production;
        _fixtures = fixtures;
    }

    public static SemanticMemberTestMap From(IReadOnlyList<Compilation> production, IReadOnlyList<Compilation> tests, CancellationToken cancellationToken)
    {
        var assemblies = production.Select(compilation => compilation.AssemblyName!).ToList();
        var reach = new ProductionReach(production, cancellationToken);
        var fixtures = tests
            .SelectMany(test => TestBindings.Of(test, assemblies, cancellationToken).ByTestType)
            .Where(fixture => fixture.Key.Length > 0)
            .Select(fixture => new KeyValuePair<string, IReadOnlyDictionary<string, int>>(fixture.Key, reach.From(fixture.Value, cancellationToken)))
            .ToList();
        return new SemanticMemberTestMap(production, fixtures);
    }

    public IReadOnlyDictionary<string, int>? TestsFor(string memberId)
    {
        var member = _production.Select(compilation => DocumentationCommentId.GetFirstSymbolForDeclarationId(memberId, compilation)).FirstOrDefault(found => found is not null);
        if (member is null)
        {
            return null;
        }

        var ids = RunBy(member).Select(symbol => symbol.OriginalDefinition.GetDocumentationCommentId()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var tests = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (fixture, reached) in _fixtures)
        {
            var distances = ids.Select(id => reached.TryGetValue(id, out var distance) ? distance : (int?)null).OfType<int>().ToList();
            if (distances.Count > 0)
            {
                tests[fixture] = Math.Min(distances.Min(), tests.GetValueOrDefault(fixture, int.MaxValue));
            }
        }

        return tests;
    }

    /// <summary>The member, what it overrides and implements, and its type when code of a referenced assembly calls it.</summary>
    private static List<ISymbol> RunBy(ISymbol member)
    {
        List<ISymbol> related = [member, .. Overrides.Chain(member), .. Overrides.Implemented(member)];
        if (member.ContainingType is { } type && Overrides.CalledByReferencedCode(member))
        {
            related.Add(type);
        }

        return related;
    }
}

/// <summary>The exact map from the recorded compiler command lines: test projects bound to production projects.</summary>
internal sealed class SemanticMemberTestMapSource : IMemberTestMapSource
{
    public IMemberTestMap Load(RecordCompilations compilations, List<string> notes, CancellationToken cancellationToken)
    {
        var compiled = ExactUntestedCode.Compile(compilations, notes, cancellationToken);
        var production = compiled.Where(project => !project.Invocation.IsTestProject).Select(project => project.Compilation).ToList();
        var tests = compiled.Where(project => project.Invocation.IsTestProject).Select(project => project.Compilation).ToList();
        if (production.Count == 0 || tests.Count == 0)
        {
            notes.Add("No exact test map: the build recorded no test project (IsTestProject) beside production code, so every member's variant runs all the tests.");
            return new NoTestMap();
        }

        return SemanticMemberTestMap.From(production, tests, cancellationToken);
    }
}
