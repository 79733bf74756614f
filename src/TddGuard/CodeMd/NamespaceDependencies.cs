using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.CodeMd;

/// <summary>
/// Which documented namespace refers to which: the names in a type's code that could be a solution type are bound by
/// the semantic model (only those, which keeps binding cheap), and each resolved type's namespace is a dependency.
/// </summary>
internal static class NamespaceDependencies
{
    public static IEnumerable<(string From, string To)> Find(Compilation compilation, IReadOnlySet<string> solutionTypeNames, IReadOnlySet<string> documented)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in TopLevelTypes(tree.GetRoot()))
            {
                if (model.GetDeclaredSymbol(declaration) is not { } declared || !documented.Contains(PublicSurface.NamespaceOf(declared)))
                {
                    continue;
                }

                var from = PublicSurface.NamespaceOf(declared);
                foreach (var to in ReferencedNamespaces(model, declaration, solutionTypeNames).Where(to => to != from && documented.Contains(to)))
                {
                    yield return (from, to);
                }
            }
        }
    }

    private static IEnumerable<MemberDeclarationSyntax> TopLevelTypes(SyntaxNode root) =>
        root.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<MemberDeclarationSyntax>()
            .Where(member => member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax);

    private static IEnumerable<string> ReferencedNamespaces(SemanticModel model, MemberDeclarationSyntax declaration, IReadOnlySet<string> solutionTypeNames) =>
        declaration.DescendantNodes()
            .OfType<SimpleNameSyntax>()
            .Where(name => solutionTypeNames.Contains(name.Identifier.ValueText))
            .Select(name => model.GetSymbolInfo(name))
            .Select(info => info.Symbol ?? info.CandidateSymbols.FirstOrDefault())
            .Select(symbol => symbol as INamedTypeSymbol ?? symbol?.ContainingType)
            .OfType<INamedTypeSymbol>()
            .Select(PublicSurface.NamespaceOf)
            .Distinct(System.StringComparer.Ordinal);
}
