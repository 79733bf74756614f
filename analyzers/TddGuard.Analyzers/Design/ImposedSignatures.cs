using Microsoft.CodeAnalysis;

namespace TddGuard.Analyzers.Design;

/// <summary>Methods whose signature someone else decided: the rules that ask for a different one leave them alone.</summary>
internal static class ImposedSignatures
{
    /// <summary>Overrides, interface implementations (explicit or implicit) and parts of partial methods.</summary>
    public static bool IsImposed(IMethodSymbol method) =>
        method.IsOverride
        || !method.ExplicitInterfaceImplementations.IsEmpty
        || method.PartialDefinitionPart is not null
        || method.PartialImplementationPart is not null
        || ImplementsAnInterfaceMember(method);

    private static bool ImplementsAnInterfaceMember(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.ContainingType is not { } type)
        {
            return false;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var member in @interface.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
