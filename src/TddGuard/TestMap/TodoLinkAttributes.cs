using System;
using System.Collections.Frozen;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.TestMap;

/// <summary>
/// Recognises by name alone (no build, so no symbols) the attributes that link a test to an entry and those that
/// make a method a test.
/// </summary>
internal static class TodoLinkAttributes
{
    private const string AttributeSuffix = "Attribute";
    private const string TodoPropertyName = "Todo";
    private const int PropertyArgumentCount = 2;

    // NUnit [Property], xUnit [Trait], MSTest [TestProperty]: a name/value pair whose name is "Todo".
    private static readonly FrozenSet<string> s_propertyAttributes = FrozenSet.Create(StringComparer.Ordinal, "Property", "Trait", "TestProperty");

    private static readonly FrozenSet<string> s_testAttributes = FrozenSet.Create(
        StringComparer.Ordinal, "Test", "TestCase", "TestCaseSource", "Theory", "Fact", "TestMethod", "DataTestMethod");

    public static bool IsTestAttribute(AttributeSyntax attribute) => s_testAttributes.Contains(SimpleName(attribute));

    /// <summary>The argument holding the linked key when <paramref name="attribute"/> is a Todo link, else null.</summary>
    public static ExpressionSyntax? KeyArgument(AttributeSyntax attribute)
    {
        var name = SimpleName(attribute);
        var arguments = attribute.ArgumentList?.Arguments.Where(argument => argument.NameEquals is null && argument.NameColon is null).ToArray() ?? [];
        if (name == TodoPropertyName)
        {
            return arguments.FirstOrDefault()?.Expression;
        }

        var isTodoProperty = s_propertyAttributes.Contains(name)
            && arguments.Length == PropertyArgumentCount
            && StringLiteralValue(arguments[0].Expression) == TodoPropertyName;
        return isTodoProperty ? arguments[1].Expression : null;
    }

    public static string? StringLiteralValue(ExpressionSyntax expression) =>
        expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? literal.Token.ValueText
            : null;

    private static string SimpleName(AttributeSyntax attribute)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
        return name.EndsWith(AttributeSuffix, StringComparison.Ordinal) && name.Length > AttributeSuffix.Length
            ? name[..^AttributeSuffix.Length]
            : name;
    }
}
