using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TddGuard.CodeMd;

/// <summary>The public types of a compilation's own sources, described the same way every time.</summary>
internal static class PublicSurface
{
    private const string EquatableInterface = "IEquatable";

    private static readonly SymbolDisplayFormat s_typeFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    private static readonly SymbolDisplayFormat s_memberFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeRef | SymbolDisplayMemberOptions.IncludeModifiers,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeParamsRefOut | SymbolDisplayParameterOptions.IncludeExtensionThis,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>Every public type declared in <paramref name="compilation"/>'s sources, nested ones included.</summary>
    public static IEnumerable<INamedTypeSymbol> Types(Compilation compilation) =>
        TypesIn(compilation.SourceModule.GlobalNamespace).Where(type => !type.IsImplicitlyDeclared && IsVisible(type));

    public static string NamespaceOf(ISymbol symbol) =>
        symbol.ContainingNamespace is { IsGlobalNamespace: false } name ? name.ToDisplayString() : "(global)";

    public static TypeInfo Describe(INamedTypeSymbol type) => new(
        type.ToDisplayString(s_typeFormat),
        type.Name,
        KindOf(type),
        DocComments.Summary(type.GetDocumentationCommentXml()),
        [.. Bases(type)],
        [.. Members(type)]);

    private static IEnumerable<INamedTypeSymbol> TypesIn(INamespaceSymbol space) =>
        space.GetTypeMembers().SelectMany(Nested).Concat(space.GetNamespaceMembers().SelectMany(TypesIn));

    private static IEnumerable<INamedTypeSymbol> Nested(INamedTypeSymbol type) => [type, .. type.GetTypeMembers().SelectMany(Nested)];

    private static bool IsVisible(INamedTypeSymbol type) =>
        type.DeclaredAccessibility == Accessibility.Public && (type.ContainingType is null || IsVisible(type.ContainingType));

    private static string KindOf(INamedTypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Interface } => "interface",
        { TypeKind: TypeKind.Enum } => "enum",
        { TypeKind: TypeKind.Delegate } => "delegate",
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { IsStatic: true } => "static class",
        { IsAbstract: true } => "abstract class",
        { IsSealed: true } => "sealed class",
        _ => "class",
    };

    private static IEnumerable<string> Bases(INamedTypeSymbol type)
    {
        var hasBase = type is { TypeKind: TypeKind.Class, BaseType: { SpecialType: not SpecialType.System_Object } };
        var interfaces = type.Interfaces.Where(implemented => !(type.IsRecord && implemented.Name == EquatableInterface));
        var bases = hasBase ? interfaces.Prepend(type.BaseType!) : interfaces;
        return bases.Select(baseType => baseType.ToDisplayString(s_typeFormat));
    }

    private static IEnumerable<MemberInfo> Members(INamedTypeSymbol type) =>
        type.GetMembers()
            .Where(member => member.DeclaredAccessibility == Accessibility.Public && !member.IsImplicitlyDeclared && member is not INamedTypeSymbol)
            .Where(member => member is not IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove or MethodKind.EventRaise })
            .Select(member => new MemberInfo(member.Name, member.ToDisplayString(s_memberFormat), DocComments.Summary(member.GetDocumentationCommentXml())))
            .OrderBy(member => member.Name, StringComparer.Ordinal)
            .ThenBy(member => member.Signature, StringComparer.Ordinal);
}
