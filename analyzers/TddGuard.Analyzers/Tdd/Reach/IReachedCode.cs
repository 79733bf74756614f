using Microsoft.CodeAnalysis;

namespace TddGuard.Analyzers.Tdd.Reach;

/// <summary>What the tests reach: found by a <see cref="ReachSearch"/>, or listed by one that <c>tddguard check</c> ran already.</summary>
internal interface IReachedCode
{
    /// <summary>Whether the tests reach <paramref name="member"/>.</summary>
    bool Reaches(ISymbol member);

    /// <summary>Whether <paramref name="type"/> is in use: created, or with a reached member.</summary>
    bool IsUsed(INamedTypeSymbol type);
}

/// <summary>The test map's marks that <c>tddguard check</c> and the analyzer share.</summary>
internal static class ReachedCodeMap
{
    /// <summary>The first line of a map that lists everything the tests reach (members and types in use), not only their roots.</summary>
    public const string CompleteHeader = "# tddguard:reached";
}
