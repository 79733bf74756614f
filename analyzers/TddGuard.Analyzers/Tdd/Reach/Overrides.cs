using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TddGuard.Analyzers.Tdd.Reach;

/// <summary>What a member overrides and implements: the members a call may be made through and still run it.</summary>
internal static class Overrides
{
    /// <summary>What <paramref name="member"/> overrides, nearest first.</summary>
    public static IEnumerable<ISymbol> Chain(ISymbol member)
    {
        for (var overridden = Overridden(member); overridden is not null; overridden = Overridden(overridden))
        {
            yield return overridden;
        }
    }

    /// <summary>The interface members <paramref name="member"/> implements.</summary>
    public static IEnumerable<ISymbol> Implemented(ISymbol member)
    {
        var type = member.ContainingType;
        return type is null
            ? []
            : type.AllInterfaces
                .SelectMany(contract => contract.GetMembers())
                .Where(contractMember => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(contractMember), member));
    }

    /// <summary>
    /// Whether <paramref name="member"/> overrides or implements a member declared in a referenced assembly: code the
    /// search cannot see (the framework, a test framework, a serializer) calls it.
    /// </summary>
    public static bool CalledByReferencedCode(ISymbol member) =>
        Chain(member).Concat(Implemented(member)).Any(declared => declared.Locations.Any(location => location.IsInMetadata));

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        IEventSymbol @event => @event.OverriddenEvent,
        _ => null,
    };
}
