using System.Collections.Generic;
using System.Threading;
using TddGuard.Check;

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

/// <summary>Where the map comes from once the red variants are built.</summary>
internal interface IMemberTestMapSource
{
    /// <summary>The map from the compiler command lines the build of the variants (or the user's last build) recorded.</summary>
    /// <param name="compilations">The recorded command lines, and the compilations the run made of them so far.</param>
    /// <param name="notes">Told what could not be mapped.</param>
    /// <param name="cancellationToken">Stops the mapping.</param>
    IMemberTestMap Load(RecordCompilations compilations, List<string> notes, CancellationToken cancellationToken);
}

/// <summary>The map when there is none: it knows nothing, so every member's variant runs all the tests.</summary>
internal sealed class NoTestMap : IMemberTestMap, IMemberTestMapSource
{
    public IReadOnlyCollection<string>? TestsFor(string memberId) => null;

    public IMemberTestMap Load(RecordCompilations compilations, List<string> notes, CancellationToken cancellationToken) => this;
}
