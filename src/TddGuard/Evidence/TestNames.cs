using System;

namespace TddGuard.Evidence;

/// <summary>Names a test method the way the source scanner does: <c>Namespace.Fixture.Nested.Method</c>.</summary>
internal static class TestNames
{
    private const char NestedTypeSeparator = '+';
    private const char AssemblySeparator = ',';
    private const char ArgumentsStart = '(';

    /// <param name="className">The runner's class name: nested types after <c>+</c>, perhaps assembly-qualified.</param>
    /// <param name="name">The method or case name, perhaps with arguments or already prefixed by the class name.</param>
    public static string MethodId(string className, string name)
    {
        var fixture = Before(className, AssemblySeparator).Replace(NestedTypeSeparator, '.').Trim();
        var method = Before(name, ArgumentsStart).Replace(NestedTypeSeparator, '.').Trim();
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

    private static string Before(string text, char separator)
    {
        var index = text.IndexOf(separator, StringComparison.Ordinal);
        return index < 0 ? text : text[..index];
    }
}
