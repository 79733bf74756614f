using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TddGuard.Evidence;

namespace TddGuard.TestMap;

/// <summary>Finds test methods and their Todo links in one C# file by parsing it, without building anything.</summary>
public static class TestSourceScanner
{
    private const string CaseNameArgument = "TestName";
    private const string DisplayNameArgument = "DisplayName";
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Preview, DocumentationMode.None);

    /// <summary>Scans <paramref name="source"/>; broken code yields whatever links can still be read.</summary>
    /// <param name="source">The file's text.</param>
    /// <param name="path">The file's repository-relative path, used in locations.</param>
    public static TestSourceFile Scan(string source, string path)
    {
        var root = CSharpSyntaxTree.ParseText(source, s_parseOptions).GetRoot();
        var links = new List<TestLink>();
        var tests = new List<TestDeclaration>();
        var problems = new List<InputProblem>();
        foreach (var type in root.DescendantNodes().OfType<TypeDeclarationSyntax>())
        {
            var fixtureId = FullName(type);
            var helperNames = HelperNames(type);
            links.AddRange(ReadLinks(type.AttributeLists, fixtureId, isFixtureLink: true, path, problems));
            foreach (var method in type.Members.OfType<MethodDeclarationSyntax>())
            {
                var testId = fixtureId + "." + method.Identifier.ValueText;
                var methodLinks = ReadLinks(method.AttributeLists, testId, isFixtureLink: false, path, problems);
                links.AddRange(methodLinks);
                if (methodLinks.Count > 0 || IsTest(method))
                {
                    tests.Add(new TestDeclaration(testId, fixtureId, ReferencedNames(method, helperNames)) { CaseIds = CaseIds(method, fixtureId) });
                }
            }
        }

        return new TestSourceFile(links, tests, problems);
    }

    private static List<TestLink> ReadLinks(
        SyntaxList<AttributeListSyntax> attributeLists,
        string testId,
        bool isFixtureLink,
        string path,
        List<InputProblem> problems)
    {
        var links = new List<TestLink>();
        foreach (var attribute in attributeLists.SelectMany(list => list.Attributes))
        {
            var keyArgument = TodoLinkAttributes.KeyArgument(attribute);
            if (keyArgument is null)
            {
                continue;
            }

            var location = LocationOf(attribute, path);
            var key = TodoLinkAttributes.StringLiteralValue(keyArgument);
            if (key is null)
            {
                problems.Add(new InputProblem(location, $"TddGuard reads Todo links without building: write the key '{keyArgument}' as a string literal."));
                continue;
            }

            links.Add(new TestLink(key, testId, isFixtureLink, location));
        }

        return links;
    }

    /// <summary>The result IDs of the method's cases named by a <c>TestName</c> or <c>DisplayName</c> string literal.</summary>
    private static List<string> CaseIds(MethodDeclarationSyntax method, string fixtureId) =>
        [.. method.AttributeLists
            .SelectMany(list => list.Attributes)
            .SelectMany(attribute => attribute.ArgumentList?.Arguments ?? [])
            .Where(argument => argument.NameEquals?.Name.Identifier.ValueText is CaseNameArgument or DisplayNameArgument)
            .Select(argument => TodoLinkAttributes.StringLiteralValue(argument.Expression))
            .OfType<string>()
            .Select(name => TestNames.MethodId(fixtureId, name))
            .Distinct(System.StringComparer.Ordinal)];

    private static bool IsTest(MethodDeclarationSyntax method) =>
        method.AttributeLists.SelectMany(list => list.Attributes).Any(TodoLinkAttributes.IsTestAttribute);

    /// <summary>Names used by the fixture's members that are not tests: helpers, set-ups and fields tests lean on.</summary>
    private static HashSet<string> HelperNames(TypeDeclarationSyntax type) =>
        [.. type.Members
            .Where(member => member is not MethodDeclarationSyntax method || !IsTest(method))
            .Where(member => member is not BaseTypeDeclarationSyntax)
            .SelectMany(IdentifiersIn)];

    private static HashSet<string> ReferencedNames(MethodDeclarationSyntax method, HashSet<string> helperNames)
    {
        var names = new HashSet<string>(helperNames, System.StringComparer.Ordinal);
        names.UnionWith(IdentifiersIn(method));
        return names;
    }

    private static IEnumerable<string> IdentifiersIn(SyntaxNode node) =>
        node.DescendantNodes().OfType<SimpleNameSyntax>().Select(name => name.Identifier.ValueText);

    private static string FullName(TypeDeclarationSyntax type)
    {
        var parts = new Stack<string>();
        for (SyntaxNode? node = type; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BaseTypeDeclarationSyntax declaration:
                    parts.Push(declaration.Identifier.ValueText);
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    parts.Push(ns.Name.ToString());
                    break;
            }
        }

        return string.Join('.', parts);
    }

    private static SourceLocation LocationOf(AttributeSyntax attribute, string path)
    {
        var start = attribute.GetLocation().GetLineSpan().StartLinePosition;
        return new SourceLocation(path, start.Line + 1, start.Character + 1);
    }
}
