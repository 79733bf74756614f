using System.Collections.Generic;

namespace TddGuard.Reconciliation;

/// <summary>The longest strictly increasing subsequence, in O(n log n): the entries that kept their relative order.</summary>
internal static class LongestIncreasingRun
{
    /// <summary>The positions in <paramref name="values"/> of one longest strictly increasing subsequence.</summary>
    public static HashSet<int> Indexes(IReadOnlyList<int> values)
    {
        var tails = new List<int>();
        var previous = new int[values.Count];
        for (var position = 0; position < values.Count; position++)
        {
            var length = LowerBound(tails, values, values[position]);
            previous[position] = length > 0 ? tails[length - 1] : -1;
            if (length == tails.Count)
            {
                tails.Add(position);
            }
            else
            {
                tails[length] = position;
            }
        }

        var run = new HashSet<int>();
        for (var position = tails.Count > 0 ? tails[^1] : -1; position >= 0; position = previous[position])
        {
            run.Add(position);
        }

        return run;
    }

    /// <summary>The first run length whose tail value is not below <paramref name="value"/>.</summary>
    private static int LowerBound(List<int> tails, IReadOnlyList<int> values, int value)
    {
        var low = 0;
        var high = tails.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (values[tails[middle]] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
