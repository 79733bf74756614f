using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace TddGuard.CodeFixes.Design;

/// <summary>
/// The name a new constant starts with, derived from its value alone: the words of a string in PascalCase
/// (<c>"max retries"</c> → <c>MaxRetries</c>), or <c>Value</c> and the number (<c>-0.5</c> → <c>ValueMinus0Point5</c>).
/// The fix marks it for renaming; the value is only the best name the fix can know.
/// </summary>
internal static class ConstantNames
{
    private const int MaxWords = 4;
    private const string NumberPrefix = "Value";
    private const string WordlessText = "Text";

    public static string For(object value) => value is string text ? ForText(text) : ForNumber(value);

    /// <summary>The <paramref name="attempt"/>-th candidate: the stem, then the stem numbered from 2 (after an underscore when it ends with a digit).</summary>
    public static string Candidate(string stem, int attempt) =>
        attempt == 1 ? stem : stem + (char.IsDigit(stem[stem.Length - 1]) ? "_" : string.Empty) + attempt.ToString(CultureInfo.InvariantCulture);

    private static string ForText(string text)
    {
        var name = new StringBuilder();
        foreach (var word in WordsOf(text).Take(MaxWords))
        {
            name.Append(char.ToUpperInvariant(word[0]));
            var rest = word.Substring(1);
            name.Append(IsShouting(word) ? rest.ToLowerInvariant() : rest);
        }

        if (name.Length == 0)
        {
            return WordlessText;
        }

        return SyntaxFacts.IsIdentifierStartCharacter(name[0]) ? name.ToString() : NumberPrefix + name;
    }

    private static IEnumerable<string> WordsOf(string text)
    {
        var word = new StringBuilder();
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character))
            {
                word.Append(character);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary><c>HTTP</c> becomes <c>Http</c>; <c>camelCase</c> keeps its inner capitals.</summary>
    private static bool IsShouting(string word) => word.Any(char.IsLetter) && !word.Any(char.IsLower);

    private static string ForNumber(object value)
    {
        var digits = ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture);
        return NumberPrefix + digits.Replace("-", "Minus").Replace("+", string.Empty).Replace(".", "Point");
    }
}
