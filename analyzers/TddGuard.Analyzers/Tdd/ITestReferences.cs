using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace TddGuard.Analyzers.Tdd;

/// <summary>What the tests of a production project refer to, as TG1001/TG1002 need it.</summary>
internal interface ITestReferences
{
    /// <summary>Whether the tests reach <paramref name="type"/> (name it, a type derived from it or one implementing it).</summary>
    bool Reaches(INamedTypeSymbol type);

    /// <summary>Whether the tests refer to <paramref name="member"/> of a reached type.</summary>
    bool References(ISymbol member);

    /// <summary>Whether the tests reach a type they never name through its <paramref name="members"/> (extension methods).</summary>
    bool ReachesThroughMembers(ImmutableArray<ISymbol> members);

    /// <summary>Whether the tests use <paramref name="member"/> themselves: where the search for what they reach starts.</summary>
    bool IsRoot(ISymbol member);

    /// <summary>
    /// Whether the tests may hold an object of <paramref name="type"/>: they create it or name it. Calls that reached
    /// code makes to virtual and interface members are dispatched to such types.
    /// </summary>
    bool MayHold(INamedTypeSymbol type);
}
