using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace TddGuard.Analyzers.Shared;

/// <summary>
/// Symbols marked <c>[GeneratedCode]</c>, which the compiler skips for analyzers that skip generated code. Only
/// analyzers that walk syntax themselves (rather than through the compiler's syntax and symbol actions) need it.
/// Create one per compilation; a compilation without the attribute type marks nothing.
/// </summary>
internal sealed class GeneratedCodeMarks
{
    private readonly INamedTypeSymbol? _generatedCodeAttribute;

    public GeneratedCodeMarks(Compilation compilation)
    {
        _generatedCodeAttribute = compilation.GetTypeByMetadataName("System.CodeDom.Compiler.GeneratedCodeAttribute");
    }

    /// <summary>Whether <paramref name="symbol"/> or a type that contains it carries <c>[GeneratedCode]</c>.</summary>
    public bool IsMarked(ISymbol? symbol)
    {
        for (; symbol is not null && _generatedCodeAttribute is not null; symbol = symbol.ContainingType)
        {
            if (HasAttribute(symbol.GetAttributes()))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasAttribute(ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _generatedCodeAttribute))
            {
                return true;
            }
        }

        return false;
    }
}
