using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace TddGuard.CodeFixes.Tdd;

/// <summary>The using directives generated tests need, in the usual order (System first, then ordinal).</summary>
internal static class TestUsings
{
    private const string TasksNamespace = "System.Threading.Tasks";

    /// <summary>
    /// The namespaces the tests need in <paramref name="testNamespace"/>: the framework's, the tested types', and
    /// <c>System.Threading.Tasks</c> for async tests; less those imported already or enclosing the test namespace.
    /// </summary>
    public static IReadOnlyList<string> Needed(TestFrameworkSyntax framework, IEnumerable<TestTarget> targets, string testNamespace, ISet<string> imported)
    {
        var needed = new List<string> { framework.Namespace };
        foreach (var target in targets)
        {
            if (!target.Type.ContainingNamespace.IsGlobalNamespace)
            {
                needed.Add(target.Type.ContainingNamespace.ToDisplayString());
            }

            if (target.IsAsync)
            {
                needed.Add(TasksNamespace);
            }
        }

        return needed
            .Distinct(StringComparer.Ordinal)
            .Where(name => !imported.Contains(name) && !Encloses(name, testNamespace))
            .OrderBy(name => name, UsingOrder)
            .ToList();
    }

    /// <summary>The namespaces every file of the compilation imports with <c>global using</c>.</summary>
    public static HashSet<string> GlobalUsings(Compilation compilation, CancellationToken cancellationToken) =>
        new(
            compilation.SyntaxTrees
                .Select(tree => tree.GetRoot(cancellationToken))
                .OfType<CompilationUnitSyntax>()
                .SelectMany(unit => unit.Usings)
                .Where(directive => directive.GlobalKeyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.GlobalKeyword))
                .Select(NameOf)
                .OfType<string>(),
            StringComparer.Ordinal);

    /// <summary>The namespaces the using directives around <paramref name="node"/> import (aliases and static ones aside).</summary>
    public static IEnumerable<string> ImportedAround(SyntaxNode node) =>
        node.Ancestors()
            .SelectMany(ancestor => ancestor switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax @namespace => @namespace.Usings,
                _ => default(SyntaxList<UsingDirectiveSyntax>),
            })
            .Select(NameOf)
            .OfType<string>();

    /// <summary>Text changes adding <paramref name="missing"/> among the file's top-level using directives, in order.</summary>
    public static IEnumerable<TextChange> Insertions(CompilationUnitSyntax root, SourceText text, IReadOnlyList<string> missing, string endOfLine)
    {
        var existing = root.Usings.Where(directive => NameOf(directive) is not null).ToList();
        if (existing.Count == 0)
        {
            var block = string.Concat(missing.Select(name => $"using {name};{endOfLine}"));
            return missing.Count == 0 ? [] : [new TextChange(new TextSpan(0, 0), block + endOfLine)];
        }

        return missing
            .GroupBy(name => InsertionPoint(existing, text, name))
            .Select(group => new TextChange(new TextSpan(group.Key, 0), string.Concat(group.Select(name => $"using {name};{endOfLine}"))));
    }

    private static int InsertionPoint(List<UsingDirectiveSyntax> existing, SourceText text, string name)
    {
        var before = existing.FirstOrDefault(directive => UsingOrder.Compare(NameOf(directive), name) > 0);
        return before is not null
            ? text.Lines.GetLineFromPosition(before.SpanStart).Start
            : text.Lines.GetLineFromPosition(existing[existing.Count - 1].Span.End).EndIncludingLineBreak;
    }

    private static string? NameOf(UsingDirectiveSyntax directive) =>
        directive.Alias is null && directive.StaticKeyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.None) ? directive.Name?.ToString() : null;

    private static bool Encloses(string name, string @namespace) =>
        @namespace == name || @namespace.StartsWith(name + ".", StringComparison.Ordinal);

    private static Comparer<string?> UsingOrder { get; } = Comparer<string?>.Create((left, right) =>
    {
        var bySystem = IsSystem(right).CompareTo(IsSystem(left));
        return bySystem != 0 ? bySystem : string.CompareOrdinal(left, right);
    });

    private static bool IsSystem(string? name) => name == "System" || name?.StartsWith("System.", StringComparison.Ordinal) == true;
}
