using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Tdd;

/// <summary>TG1005: two or more tests of one class whose bodies differ only in literal values, so they are one table.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TestsDifferingOnlyInLiteralsAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property with the <see cref="TestFrameworkKind"/> of the tests.</summary>
    internal const string FrameworkProperty = "Framework";

    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.TestsShouldBeATable,
        title: "Tests that should be a table",
        messageFormat: "Test '{0}' differs from {1} only in literal values; merge them into one parameterized test",
        RuleCategories.Tdd,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Tests that repeat the same steps with other values are one table-driven test: each copy is one more place to change and hides which values matter. Reported when two or more parameterless tests of a class ([Test], [Fact], [TestMethod]) have the same attributes and the same body except for single-line literal values.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.TestsShouldBeATable));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(StartTestProject);
    }

    private static void StartTestProject(CompilationStartAnalysisContext context)
    {
        if (TestFrameworks.TryCreate(context.Compilation) is not { } frameworks)
        {
            return;
        }

        context.RegisterSymbolAction(symbol => AnalyzeClass(symbol, frameworks), SymbolKind.NamedType);
    }

    private static void AnalyzeClass(SymbolAnalysisContext context, TestFrameworks frameworks)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind != TypeKind.Class)
        {
            return;
        }

        var rows = new List<(IMethodSymbol Method, MethodDeclarationSyntax Declaration, TestBodyShape Shape, TestFramework Framework)>();
        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol method
                && PlainTestFramework(method, frameworks) is { } framework
                && method.DeclaringSyntaxReferences.Length == 1
                && method.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken) is MethodDeclarationSyntax declaration
                && TestBodyShape.Of(declaration) is { } shape)
            {
                rows.Add((method, declaration, shape, framework));
            }
        }

        foreach (var group in rows.GroupBy(row => row.Shape.Key).Where(group => group.Count() > 1))
        {
            var members = group.ToList();
            if (!AnyLiteralDiffers(members.Select(member => member.Shape).ToList()))
            {
                continue;
            }

            var locations = members.Select(member => member.Declaration.Identifier.GetLocation()).ToList();
            var properties = ImmutableDictionary<string, string?>.Empty.Add(FrameworkProperty, members[0].Framework.Kind.ToString());
            foreach (var member in members)
            {
                var siblings = members.Where(other => !SymbolEqualityComparer.Default.Equals(other.Method, member.Method)).Select(other => "'" + other.Method.Name + "'").ToList();
                context.ReportDiagnostic(Diagnostic.Create(
                    s_rule,
                    member.Declaration.Identifier.GetLocation(),
                    locations,
                    properties,
                    member.Method.Name,
                    JoinNames(siblings)));
            }
        }
    }

    /// <summary>The framework of a test without data (<c>[Test]</c>, <c>[Fact]</c>, <c>[TestMethod]</c>) and without parameters.</summary>
    private static TestFramework? PlainTestFramework(IMethodSymbol method, TestFrameworks frameworks)
    {
        if (method.IsGenericMethod || !method.Parameters.IsEmpty || frameworks.FrameworkOfTestMethod(method) is not { } framework)
        {
            return null;
        }

        var attributes = method.GetAttributes();
        var hasPlain = attributes.Any(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, framework.PlainTestAttribute));
        var hasOtherTestAttribute = attributes.Any(attribute =>
            attribute.AttributeClass is { } attributeClass
            && !SymbolEqualityComparer.Default.Equals(attributeClass, framework.PlainTestAttribute)
            && framework.IsTestAttribute(attributeClass));
        return hasPlain && !hasOtherTestAttribute ? framework : null;
    }

    private static bool AnyLiteralDiffers(List<TestBodyShape> shapes)
    {
        var first = shapes[0].Literals;
        for (var index = 0; index < first.Length; index++)
        {
            var value = first[index].Token.Value;
            if (shapes.Any(shape => !Equals(shape.Literals[index].Token.Value, value)))
            {
                return true;
            }
        }

        return false;
    }

    private static string JoinNames(List<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];
}
