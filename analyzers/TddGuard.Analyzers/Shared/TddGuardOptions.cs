using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TddGuard.Analyzers.Shared;

/// <summary>Reads <c>tddguard.*</c> options from <c>.editorconfig</c> / <c>.globalconfig</c> for one syntax tree.</summary>
internal static class TddGuardOptions
{
    private const string Prefix = "tddguard.";

    /// <summary>
    /// The option's value when it is a whole number of at least 1; otherwise <paramref name="defaultValue"/>, so
    /// a typo never turns a rule off or makes it report everything.
    /// </summary>
    public static int GetPositiveInt32(AnalyzerOptions options, SyntaxTree tree, string name, int defaultValue)
    {
        var config = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        return config.TryGetValue(Prefix + name, out var text)
            && int.TryParse(text.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value > 0
                ? value
                : defaultValue;
    }
}
