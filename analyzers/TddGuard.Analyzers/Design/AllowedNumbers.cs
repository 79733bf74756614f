using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TddGuard.Analyzers.Design;

/// <summary>The numbers <c>tddguard.allowed_numbers</c> lets code use without a name (TG2002).</summary>
internal sealed class AllowedNumbers
{
    internal const string OptionName = "allowed_numbers";

    // TddGuardOptions reads whole numbers only; this option is a list, so it is read here by its full key.
    private const string OptionKey = "tddguard." + OptionName;

    public static readonly AllowedNumbers Default = new(ImmutableArray.Create(-1m, 0m, 1m, 2m));

    private readonly ImmutableArray<decimal> _values;

    private AllowedNumbers(ImmutableArray<decimal> values) => _values = values;

    /// <summary>The option for <paramref name="tree"/>, or <see cref="Default"/> when it is missing or holds no usable number.</summary>
    public static AllowedNumbers Read(AnalyzerOptions options, SyntaxTree tree) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(OptionKey, out var text) ? Parse(text) : Default;

    /// <summary>
    /// A comma-separated list of decimal numbers (<c>-1, 0, 0.5, 100</c>); entries that are not such a number
    /// are ignored, and a list without any usable entry means the default, so a typo never allows everything.
    /// </summary>
    public static AllowedNumbers Parse(string text)
    {
        var values = ImmutableArray.CreateBuilder<decimal>();
        foreach (var entry in text.Split(','))
        {
            if (decimal.TryParse(entry.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                values.Add(value);
            }
        }

        return values.Count == 0 ? Default : new AllowedNumbers(values.ToImmutable());
    }

    /// <summary>Whether the literal's value, negated when it sits under a unary minus, is allowed.</summary>
    public bool Allows(object? literalValue, bool negated) =>
        TryConvert(literalValue, out var value) && _values.Contains(negated ? -value : value);

    private static bool TryConvert(object? literalValue, out decimal value)
    {
        switch (literalValue)
        {
            case int or uint or long:
                value = Convert.ToInt64(literalValue, CultureInfo.InvariantCulture);
                return true;
            case ulong number:
                value = number;
                return true;
            case decimal number:
                value = number;
                return true;
            case float number when FitsDecimal(number):
                value = (decimal)number;
                return true;
            case double number when FitsDecimal(number):
                value = (decimal)number;
                return true;
            default:
                value = 0;
                return false;
        }
    }

    /// <summary>Beyond decimal's range no allowed value can match, and below its precision a tiny number is not zero.</summary>
    private static bool FitsDecimal(double number)
    {
        const double Largest = 7.9e28;
        const double Smallest = 1e-28;
        var magnitude = Math.Abs(number);
        return magnitude < Largest && (magnitude >= Smallest || magnitude == 0);
    }
}
