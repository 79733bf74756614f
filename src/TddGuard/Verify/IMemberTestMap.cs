using System.Collections.Generic;
using System.Threading;
using TddGuard.Check;

namespace TddGuard.Verify;

/// <summary>Which tests reach a production member: the seam for a semantic test map.</summary>
internal interface IMemberTestMap
{
    /// <summary>
    /// The IDs (<c>Namespace.Class</c> or <c>Namespace.Class.Method</c>) of the tests that reach the member with
    /// documentation ID <paramref name="memberId"/>, each with its distance (0: the test binds to it; 1: to a member
    /// whose code uses it; ...); empty when none does; <see langword="null"/> when the map does not know.
    /// </summary>
    IReadOnlyDictionary<string, int>? TestsFor(string memberId);
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
    public IReadOnlyDictionary<string, int>? TestsFor(string memberId) => null;

    public IMemberTestMap Load(RecordCompilations compilations, List<string> notes, CancellationToken cancellationToken) => this;
}
