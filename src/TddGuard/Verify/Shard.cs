using System.Globalization;
using System.Text;

namespace TddGuard.Verify;

/// <summary>
/// One of <see cref="Count"/> deterministic parts of the members (<c>--shard i/n</c>, i from 1), so CI jobs can
/// verify a code base in parallel: a member belongs to exactly one shard, whichever machine asks.
/// </summary>
/// <param name="Index">The shard, from 1 to <paramref name="Count"/>.</param>
/// <param name="Count">How many shards there are.</param>
internal readonly record struct Shard(int Index, int Count)
{
    private const char Separator = '/';
    private const int Parts = 2;

    // FNV-1a (32 bit): stable across processes and runtimes, unlike string.GetHashCode.
    private const uint FnvOffsetBasis = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>The one shard that holds every member.</summary>
    public static Shard All { get; } = new(1, 1);

    /// <summary>Reads <c>i/n</c>.</summary>
    /// <exception cref="TddGuardInputException">The text is not a shard.</exception>
    public static Shard Parse(string text)
    {
        var parts = text.Split(Separator);
        if (parts.Length == Parts
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            return new Shard(index, count);
        }

        throw new TddGuardInputException($"--shard {text} is not a shard: write i/n with 1 <= i <= n, e.g. --shard 1/4.");
    }

    /// <summary>Whether the member with documentation ID <paramref name="memberId"/> is verified by this shard.</summary>
    public bool Contains(string memberId) => StableHash(memberId) % (uint)Count == (uint)(Index - 1);

    internal static uint StableHash(string text)
    {
        var hash = FnvOffsetBasis;
        foreach (var value in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ value) * FnvPrime);
        }

        return hash;
    }
}
