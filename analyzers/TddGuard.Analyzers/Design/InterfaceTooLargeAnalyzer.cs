using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>TG2019: an interface that declares more than <c>tddguard.max_interface_members</c> members.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InterfaceTooLargeAnalyzer : DiagnosticAnalyzer
{
    internal const string MaxMembersOption = "max_interface_members";
    internal const int DefaultMaxMembers = 7;

    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.InterfaceTooLarge,
        title: "Interface too large",
        messageFormat: "Interface '{0}' declares {1} members, more than the limit of {2}; split it into smaller interfaces, one per role its clients need",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A large interface makes every client depend on members it does not use and every implementation, fakes in tests included, provide them all. An interface may declare at most tddguard.max_interface_members methods, properties, indexers, events and operators (default 7), summed over its hand-written partial parts; inherited members do not count.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.InterfaceTooLarge));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var generatedTrees = new GeneratedTrees(start.Compilation);
            start.RegisterSymbolAction(context => AnalyzeInterface(context, generatedTrees), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeInterface(SymbolAnalysisContext context, GeneratedTrees generatedTrees)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind != TypeKind.Interface)
        {
            return;
        }

        var parts = generatedTrees.HandWrittenParts<InterfaceDeclarationSyntax>(type, context.CancellationToken);
        if (parts.Count == 0)
        {
            return;
        }

        var members = CountMembers(type, generatedTrees, context.CancellationToken);
        var maxMembers = TddGuardOptions.GetPositiveInt32(context.Options, parts[0].SyntaxTree, MaxMembersOption, DefaultMaxMembers);
        if (members > maxMembers)
        {
            context.ReportDiagnostic(Diagnostic.Create(s_rule, parts[0].Identifier.GetLocation(), type.Name, members, maxMembers));
        }
    }

    /// <summary>
    /// What clients and implementations deal with: methods, operators, properties, indexers and events, static or
    /// not, with a hand-written part; not accessors, nested types, fields, constants, or re-implementations of a base
    /// interface's members.
    /// </summary>
    private static int CountMembers(INamedTypeSymbol type, GeneratedTrees generatedTrees, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var member in type.GetMembers())
        {
            if (IsContractMember(member) && !member.IsImplicitlyDeclared && generatedTrees.IsWrittenByHand(member, cancellationToken))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsContractMember(ISymbol member) => member switch
    {
        IMethodSymbol method => method.MethodKind is MethodKind.Ordinary or MethodKind.UserDefinedOperator or MethodKind.Conversion,
        IPropertySymbol property => property.ExplicitInterfaceImplementations.IsEmpty,
        IEventSymbol @event => @event.ExplicitInterfaceImplementations.IsEmpty,
        _ => false,
    };
}
