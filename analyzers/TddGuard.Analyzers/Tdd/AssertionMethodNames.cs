using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TddGuard.Analyzers.Tdd;

/// <summary>
/// Method names that count as assertions whatever type declares them: the built-in prefixes <c>Assert</c>,
/// <c>Verify</c>, <c>Expect</c> and <c>Should</c>, plus the names and prefixes (ending in <c>*</c>) listed in
/// <c>tddguard.assertion_methods</c>.
/// </summary>
internal sealed class AssertionMethodNames
{
    internal const string OptionName = "tddguard.assertion_methods";

    /// <summary>
    /// Your own <c>AssertValid</c> helpers, Moq's and snapshot testing's <c>Verify</c>, Playwright's <c>Expect</c>,
    /// <c>ShouldBe</c>-style extensions, ...: the names assertion helpers are given by convention.
    /// </summary>
    private static readonly ImmutableArray<string> s_builtInPrefixes = ImmutableArray.Create("Assert", "Verify", "Expect", "Should");

    public static readonly AssertionMethodNames BuiltIn = new(ImmutableHashSet<string>.Empty, s_builtInPrefixes);

    private readonly ImmutableHashSet<string> _names;
    private readonly ImmutableArray<string> _prefixes;

    private AssertionMethodNames(ImmutableHashSet<string> names, ImmutableArray<string> prefixes)
    {
        _names = names;
        _prefixes = prefixes;
    }

    /// <summary>The names configured for one syntax tree; entries that would match every method are ignored.</summary>
    public static AssertionMethodNames For(AnalyzerOptions options, SyntaxTree tree) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(OptionName, out var value) ? Parse(value) : BuiltIn;

    public static AssertionMethodNames Parse(string value)
    {
        var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var prefixes = s_builtInPrefixes.ToBuilder();
        foreach (var entry in value.Split(','))
        {
            var name = entry.Trim();
            if (name.EndsWith("*", StringComparison.Ordinal))
            {
                var prefix = name.Substring(0, name.Length - 1).TrimEnd();
                if (IsIdentifier(prefix))
                {
                    prefixes.Add(prefix);
                }
            }
            else if (IsIdentifier(name))
            {
                names.Add(name);
            }
        }

        return new AssertionMethodNames(names.ToImmutable(), prefixes.ToImmutable());
    }

    public bool Matches(string methodName)
    {
        if (_names.Contains(methodName))
        {
            return true;
        }

        foreach (var prefix in _prefixes)
        {
            if (methodName.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdentifier(string text)
    {
        if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }

        foreach (var character in text)
        {
            if (!(char.IsLetterOrDigit(character) || character == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
