using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// TG2022: a top-level type that repeats the last segment of its namespace (<c>Orders.Orders</c>,
/// <c>Orders.OrdersService</c>, <c>Orders.IOrdersRepository</c>), so every qualified use says it twice.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NameStutterAnalyzer : DiagnosticAnalyzer
{
    private const string InterfacePrefix = "I";

    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.NameStutter,
        title: "Type name repeats its namespace",
        messageFormat: "'{0}' repeats its namespace '{1}', so it reads '{1}.{0}'; name the type for what it adds to '{1}'",
        RuleCategories.Design,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A type's namespace is part of its name. A type named like the last segment of its namespace, or starting with it (after the 'I' of an interface), makes every qualified use stutter: Orders.OrdersService says nothing Orders.Service does not.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.NameStutter));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolAction(AnalyzeNamedType, SymbolKind.NamedType);
    }

    private static void AnalyzeNamedType(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;

        // Nested types are named relative to their containing type, not to the namespace.
        if (type.ContainingType is not null
            || type.IsImplicitlyDeclared
            || type.ContainingNamespace is not { IsGlobalNamespace: false } containingNamespace
            || type.Locations.IsEmpty
            || !Stutters(OwnName(type), containingNamespace.Name))
        {
            return;
        }

        // A partial type is one type: reported once, on its first declaration.
        context.ReportDiagnostic(Diagnostic.Create(s_rule, type.Locations[0], type.Name, containingNamespace.Name));
    }

    /// <summary>The name without an interface's conventional <c>I</c>, which says nothing about what it is.</summary>
    private static string OwnName(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Interface
        && type.Name.Length > InterfacePrefix.Length
        && type.Name.StartsWith(InterfacePrefix, StringComparison.Ordinal)
        && char.IsUpper(type.Name[InterfacePrefix.Length])
            ? type.Name.Substring(InterfacePrefix.Length)
            : type.Name;

    /// <summary>
    /// The name is the segment, or starts with it followed by a new PascalCase word (<c>OrdersService</c> but not
    /// <c>OrdersetCalculator</c> in <c>Order</c>). Ordinal: C# names are case-sensitive.
    /// </summary>
    private static bool Stutters(string name, string segment) =>
        segment.Length > 0
        && name.StartsWith(segment, StringComparison.Ordinal)
        && (name.Length == segment.Length || char.IsUpper(name[segment.Length]));
}
