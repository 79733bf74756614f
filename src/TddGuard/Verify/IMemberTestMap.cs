using System.Collections.Generic;

namespace TddGuard.Verify;

/// <summary>Which tests reference a production member: the seam for a semantic test map.</summary>
internal interface IMemberTestMap
{
    /// <summary>
    /// The IDs (<c>Namespace.Class.Method</c>) of the tests that reference the member with documentation ID
    /// <paramref name="memberId"/>; empty when none does; <see langword="null"/> when the map does not know.
    /// </summary>
    IReadOnlyCollection<string>? TestsFor(string memberId);
}

/// <summary>The map when there is none: it knows nothing, so every member's variant runs all the tests.</summary>
internal sealed class NoTestMap : IMemberTestMap
{
    public IReadOnlyCollection<string>? TestsFor(string memberId) => null;
}
