using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>TG2017: production code reads the system clock instead of an injected <c>TimeProvider</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HiddenClockAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.HiddenClock,
        title: "Hidden clock",
        messageFormat: "'{0}' reads the system clock, which tests cannot control; inject a TimeProvider and ask it for the time",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Code that reads DateTime.Now, DateTime.UtcNow, DateTime.Today, DateTimeOffset.Now or DateTimeOffset.UtcNow depends on a clock nobody can set, so its time-dependent behaviour cannot be tested deterministically. Take a TimeProvider (TimeProvider.System in production, a fake in tests) and call GetUtcNow() or GetLocalNow().",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.HiddenClock));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (TestProjects.IsTestProject(context.Compilation))
        {
            return;
        }

        var clockProperties = ClockProperties(context.Compilation);
        if (clockProperties.IsEmpty)
        {
            return;
        }

        // DateTime.Now is a member access; Now alone (using static System.DateTime) a name that is not part of one.
        context.RegisterSyntaxNodeAction(
            CandidateOperations.Bind<IPropertyReferenceOperation>(IsClockName, site => AnalyzePropertyReference(site, clockProperties)),
            SyntaxKind.SimpleMemberAccessExpression,
            SyntaxKind.IdentifierName);
    }

    private static bool IsClockName(SyntaxNode node) =>
        (node is IdentifierNameSyntax name ? IsAccessedMember(name) ? null : name.Identifier.ValueText : SyntaxNames.NameOf(node))
            is "Now" or "UtcNow" or "Today";

    private static bool IsAccessedMember(IdentifierNameSyntax name) =>
        name.Parent is MemberAccessExpressionSyntax access && access.Name == name;

    private static void AnalyzePropertyReference(OperationSite<IPropertyReferenceOperation> context, ImmutableHashSet<IPropertySymbol> clockProperties)
    {
        var reference = context.Operation;
        if (!clockProperties.Contains(reference.Property) || IsInsideNameOf(reference))
        {
            return;
        }

        var property = reference.Property;
        context.ReportDiagnostic(Diagnostic.Create(
            s_rule,
            reference.Syntax.GetLocation(),
            property.ContainingType.Name + "." + property.Name));
    }

    /// <summary>The static clock properties of <c>System.DateTime</c> and <c>System.DateTimeOffset</c> that this compilation can see.</summary>
    private static ImmutableHashSet<IPropertySymbol> ClockProperties(Compilation compilation)
    {
        var properties = ImmutableHashSet.CreateBuilder<IPropertySymbol>(SymbolEqualityComparer.Default);
        AddStaticProperties(properties, compilation.GetSpecialType(SpecialType.System_DateTime), "Now", "UtcNow", "Today");
        AddStaticProperties(properties, compilation.GetTypeByMetadataName("System.DateTimeOffset"), "Now", "UtcNow");
        return properties.ToImmutable();
    }

    private static void AddStaticProperties(ImmutableHashSet<IPropertySymbol>.Builder properties, INamedTypeSymbol? type, params string[] names)
    {
        if (type is null || type.TypeKind == TypeKind.Error)
        {
            return;
        }

        foreach (var name in names)
        {
            foreach (var member in type.GetMembers(name))
            {
                if (member is IPropertySymbol { IsStatic: true } property)
                {
                    properties.Add(property);
                }
            }
        }
    }

    /// <summary><c>nameof(DateTime.Now)</c> names the property without reading the clock.</summary>
    private static bool IsInsideNameOf(IOperation operation)
    {
        for (var ancestor = operation.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor is INameOfOperation)
            {
                return true;
            }
        }

        return false;
    }
}
