using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TddGuard.CodeFixes.Tdd;

/// <summary>
/// The failure message of a generated test as an interpolated string that names its subject with <c>nameof</c>:
/// <c>$"Write the expectation for {nameof(Calculator)}.{nameof(Calculator.Add)}"</c>. The message then follows a
/// rename, and the test refers to the member, so TG1001/TG1002 see it tested (by a red test). Whatever
/// <c>nameof</c> cannot name from a test class is written as plain text: a constructor or indexer (named through
/// its type), a protected member, a type whose type parameters have constraint types.
/// </summary>
internal static class NameofMessage
{
    private const string Prefix = "Write the expectation for ";
    private const string ValueTypeArgument = "int";
    private const string AnyTypeArgument = "object";

    /// <summary>The interpolated string (C# source) naming <paramref name="target"/>'s subject.</summary>
    public static string For(TestTarget target)
    {
        var type = TypeReference(target.Type);
        var typePart = type is null ? Text(target.TypeDisplayName) : Nameof(type);
        var memberPart = target.Member switch
        {
            null => string.Empty,
            IMethodSymbol { MethodKind: MethodKind.Constructor } => "." + typePart,
            IPropertySymbol { IsIndexer: true } => Text(".this[]"),
            { DeclaredAccessibility: Accessibility.Public } member when type is not null => "." + Nameof($"{type}.{member.Name}"),
            { } member => Text("." + member.Name),
        };
        return $"$\"{Text(Prefix)}{typePart}{memberPart}\"";
    }

    private static string Nameof(string reference) => $"{{nameof({reference})}}";

    private static string Text(string text) => text.Replace("{", "{{").Replace("}", "}}");

    /// <summary>
    /// The type as a test can write it in <c>nameof</c>: qualified by its containing types, generic ones closed
    /// over <c>int</c> (value type constraints) or <c>object</c>; <see langword="null"/> when a constraint type
    /// leaves no simple argument.
    /// </summary>
    private static string? TypeReference(INamedTypeSymbol type)
    {
        var parts = new List<string>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            var arguments = current.TypeParameters.Select(TypeArgument).ToList();
            if (arguments.Any(argument => argument is null))
            {
                return null;
            }

            parts.Insert(0, arguments.Count == 0 ? current.Name : $"{current.Name}<{string.Join(", ", arguments)}>");
        }

        return string.Join(".", parts);
    }

    private static string? TypeArgument(ITypeParameterSymbol parameter) => parameter switch
    {
        { ConstraintTypes.IsEmpty: false } => null,
        { HasValueTypeConstraint: true } or { HasUnmanagedTypeConstraint: true } => ValueTypeArgument,
        _ => AnyTypeArgument,
    };
}
