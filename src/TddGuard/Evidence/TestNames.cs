using System;

namespace TddGuard.Evidence;

/// <summary>Names a test method the way the source scanner does: <c>Namespace.Fixture.Nested.Method</c>.</summary>
internal static class TestNames
{
    private const char NestedTypeSeparator = '+';
    private const char AssemblySeparator = ',';
    private const char ArgumentsStart = '(';
    private const char ArgumentsEnd = ')';
    private const char Quote = '"';
    private const char Escape = '\\';

    /// <param name="className">The runner's class name: nested types after <c>+</c>, perhaps assembly-qualified.</param>
    /// <param name="name">The method or case name, perhaps with arguments or already prefixed by the class name.</param>
    public static string MethodId(string className, string name)
    {
        var fixture = WithoutArguments(className, stopAtComma: true).Replace(NestedTypeSeparator, '.').Trim();
        var method = WithoutArguments(name, stopAtComma: false).Replace(NestedTypeSeparator, '.').Trim();
        if (fixture.Length == 0 || method.StartsWith(fixture + ".", StringComparison.Ordinal))
        {
            return method;
        }

        return fixture + "." + method;
    }

    /// <summary>The fixture part of a method ID.</summary>
    public static string FixtureOf(string methodId)
    {
        var lastDot = methodId.LastIndexOf('.');
        return lastDot < 0 ? string.Empty : methodId[..lastDot];
    }

    /// <summary>
    /// <paramref name="text"/> without its argument lists (a parameterised fixture's or test's, quoted strings in them
    /// included), up to the first comma outside them when <paramref name="stopAtComma"/> (an assembly-qualified name).
    /// </summary>
    private static string WithoutArguments(string text, bool stopAtComma)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        var quoted = false;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (quoted)
            {
                index += character == Escape ? 1 : 0;
                quoted = character != Quote;
                continue;
            }

            quoted = depth > 0 && character == Quote;
            depth += character == ArgumentsStart ? 1 : character == ArgumentsEnd && depth > 0 ? -1 : 0;
            if (depth == 0 && character == AssemblySeparator && stopAtComma)
            {
                break;
            }

            kept.Append(depth == 0 && character != ArgumentsEnd ? character.ToString() : string.Empty);
        }

        return kept.ToString();
    }
}
