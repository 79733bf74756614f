using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace TddGuard.Analyzers.Tdd;

/// <summary>
/// What one test source file refers to, read from its syntax alone (test code is another compilation, so there are
/// no symbols to bind to). Deliberately generous: a name that appears counts, which prefers a missed finding to a
/// false alarm on tested code.
/// </summary>
internal sealed class TestFileReferences
{
    private TestFileReferences(ImmutableHashSet<string> names, ImmutableHashSet<string> createdTypeNames, bool createsTargetTyped, bool accessesElements)
    {
        Names = names;
        CreatedTypeNames = createdTypeNames;
        CreatesTargetTyped = createsTargetTyped;
        AccessesElements = accessesElements;
    }

    /// <summary>Every simple or generic name used (not declared) in the file, without type arguments.</summary>
    public ImmutableHashSet<string> Names { get; }

    /// <summary>Names of the types created with <c>new T(...)</c>.</summary>
    public ImmutableHashSet<string> CreatedTypeNames { get; }

    /// <summary>Whether the file uses target-typed <c>new(...)</c>, which may create any type.</summary>
    public bool CreatesTargetTyped { get; }

    /// <summary>Whether the file indexes anything (<c>x[i]</c>, <c>x?[i]</c>), which may call any indexer.</summary>
    public bool AccessesElements { get; }

    public static TestFileReferences Read(SourceText text, CSharpParseOptions options, CancellationToken cancellationToken)
    {
        var root = CSharpSyntaxTree.ParseText(text, options, cancellationToken: cancellationToken).GetRoot(cancellationToken);
        var names = ImmutableHashSet.CreateBuilder<string>();
        var created = ImmutableHashSet.CreateBuilder<string>();
        var targetTyped = false;
        var elements = false;
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case SimpleNameSyntax name:
                    names.Add(name.Identifier.ValueText);
                    break;
                case ObjectCreationExpressionSyntax creation:
                    created.Add(RightmostName(creation.Type));
                    break;
                case ImplicitObjectCreationExpressionSyntax:
                    targetTyped = true;
                    break;
                case ElementAccessExpressionSyntax or ElementBindingExpressionSyntax:
                    elements = true;
                    break;
            }
        }

        return new TestFileReferences(names.ToImmutable(), created.ToImmutable(), targetTyped, elements);
    }

    private static string RightmostName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => type.ToString(),
    };
}
