using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using TddGuard.Check;

namespace TddGuard.Verify;

/// <summary>
/// The exact test map for <c>tddguard verify</c>: the test fixtures (top-level test types, by full name) whose code
/// binds to a production member (<see cref="TestBindings"/>), or to what it overrides or implements — a test calling
/// <c>IShape.Area</c> runs <c>Square.Area</c>. A member that overrides or implements a referenced assembly's member
/// (<c>ToString</c>) is run by that code: every fixture that reaches its type counts.
/// </summary>
internal sealed class SemanticMemberTestMap : IMemberTestMap
{
    private readonly IReadOnlyList<Compilation> _production;
    private readonly IReadOnlyList<KeyValuePair<string, IReadOnlySet<string>>> _fixtures;

    private SemanticMemberTestMap(IReadOnlyList<Compilation> production, IReadOnlyList<KeyValuePair<string, IReadOnlySet<string>>> fixtures)
    {
        _production = production;
        _fixtures = fixtures;
    }

    public static SemanticMemberTestMap From(IReadOnlyList<Compilation> production, IReadOnlyList<Compilation> tests, CancellationToken cancellationToken)
    {
        var assemblies = production.Select(compilation => compilation.AssemblyName!).ToList();
        var fixtures = tests
            .SelectMany(test => TestBindings.Of(test, assemblies, cancellationToken).ByTestType)
            .Where(fixture => fixture.Key.Length > 0)
            .ToList();
        return new SemanticMemberTestMap(production, fixtures);
    }

    public IReadOnlyCollection<string>? TestsFor(string memberId)
    {
        var member = _production.Select(compilation => DocumentationCommentId.GetFirstSymbolForDeclarationId(memberId, compilation)).FirstOrDefault(found => found is not null);
        if (member is null)
        {
            return null;
        }

        var ids = RunBy(member).Select(symbol => symbol.OriginalDefinition.GetDocumentationCommentId()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. _fixtures.Where(fixture => fixture.Value.Overlaps(ids)).Select(fixture => fixture.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The member, what it overrides and implements, and its type when code of a referenced assembly calls it.</summary>
    private static List<ISymbol> RunBy(ISymbol member)
    {
        var related = new List<ISymbol> { member };
        for (var overridden = Overridden(member); overridden is not null; overridden = Overridden(overridden))
        {
            related.Add(overridden);
        }

        if (member.ContainingType is { } type)
        {
            related.AddRange(type.AllInterfaces
                .SelectMany(contract => contract.GetMembers())
                .Where(contractMember => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(contractMember), member)));
            if (related.Any(symbol => !ReferenceEquals(symbol, member) && symbol.Locations.Any(location => location.IsInMetadata)))
            {
                related.Add(type);
            }
        }

        return related;
    }

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        _ => null,
    };
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
