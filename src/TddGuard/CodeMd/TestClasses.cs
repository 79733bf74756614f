using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.CodeMd;

/// <summary>
/// The test classes of test projects (a class with a test method or a fixture attribute of NUnit, xUnit, MSTest or
/// TUnit) and the names each uses, read from syntax only: a namespace is covered by the classes that name its types.
/// </summary>
internal static class TestClasses
{
    private const string AttributeSuffix = "Attribute";

    private static readonly FrozenSet<string> s_testAttributes = FrozenSet.Create(
        System.StringComparer.Ordinal,
        "Test", "TestCase", "TestCaseSource", "Theory", "Fact", "TestMethod", "DataTestMethod", "TestFixture", "TestClass");

    /// <summary>Each test class's name and the identifiers its code uses.</summary>
    public static IEnumerable<(string Name, IReadOnlySet<string> Names)> In(IEnumerable<SyntaxNode> roots) =>
        roots.SelectMany(root => root.DescendantNodes().OfType<ClassDeclarationSyntax>())
            .Where(IsTestClass)
            .Select(declaration => (declaration.Identifier.ValueText, (IReadOnlySet<string>)Identifiers(declaration)));

    private static bool IsTestClass(ClassDeclarationSyntax declaration) =>
        HasTestAttribute(declaration.AttributeLists)
        || declaration.Members.OfType<MethodDeclarationSyntax>().Any(method => HasTestAttribute(method.AttributeLists));

    private static bool HasTestAttribute(SyntaxList<AttributeListSyntax> lists) =>
        lists.SelectMany(list => list.Attributes).Any(attribute => s_testAttributes.Contains(SimpleName(attribute.Name)));

    private static string SimpleName(NameSyntax name)
    {
        var text = name is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText : name.ToString();
        return text.EndsWith(AttributeSuffix, System.StringComparison.Ordinal) ? text[..^AttributeSuffix.Length] : text;
    }

    private static HashSet<string> Identifiers(SyntaxNode node) =>
        [.. node.DescendantTokens().Where(token => token.IsKind(SyntaxKind.IdentifierToken)).Select(token => token.ValueText)];
}
