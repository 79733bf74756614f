using System;
using System.Text;
using System.Text.RegularExpressions;

namespace TddGuard.Todo;

/// <summary>How checklist keys are written and compared, the same way for entries and for the tests that name them.</summary>
public static partial class TodoKeys
{
    /// <summary>Keys match whatever their case: <c>f01</c> names <c>F01</c>.</summary>
    public static StringComparer Comparer { get; } = StringComparer.OrdinalIgnoreCase;

    /// <summary>Collapses every run of white space to one space and trims, so wrapping or spacing never changes a key.</summary>
    public static string Normalize(string text) =>
        WhiteSpace().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
