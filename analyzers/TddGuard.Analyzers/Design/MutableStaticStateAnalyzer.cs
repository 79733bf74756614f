using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>TG2010: static fields and properties that hold state anyone can change.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MutableStaticStateAnalyzer : DiagnosticAnalyzer
{
    internal const string NotReadonlyReason = "the static field is not readonly; make it readonly, or pass the state in where it is needed";
    internal const string SetterReason = "the static property has a setter; remove the setter, or pass the state in where it is needed";
    internal const string MutableCollectionReasonFormat = "'{0}' is a mutable collection; use an immutable or read-only collection type";

    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.MutableStaticState,
        title: "Mutable static state",
        messageFormat: "'{0}' is mutable static state: {1}",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Static state that can change couples everything that touches it, makes results depend on the order code runs in and breaks test isolation. Reported: static fields that are neither const nor readonly, static properties with a setter, and static readonly fields or get-only auto-properties of a mutable collection type (arrays, List<T>, Dictionary<TKey, TValue>, ...).",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.MutableStaticState));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // Test projects keep their case tables in static readonly arrays (TestCaseSource, MemberData); what
            // makes tests depend on one another is state they can reassign, which is still reported there.
            var collections = TestProjects.IsTestProject(start.Compilation) ? null : MutableCollectionTypes.Resolve(start.Compilation);
            start.RegisterSymbolAction(symbolContext => AnalyzeField(symbolContext, collections), SymbolKind.Field);
            start.RegisterSymbolAction(symbolContext => AnalyzeProperty(symbolContext, collections), SymbolKind.Property);
        });
    }

    private static void AnalyzeField(SymbolAnalysisContext context, MutableCollectionTypes? collections)
    {
        var field = (IFieldSymbol)context.Symbol;
        if (!field.IsStatic || field.IsConst || field.IsImplicitlyDeclared)
        {
            return;
        }

        if (!field.IsReadOnly)
        {
            Report(context, field, NotReadonlyReason);
        }
        else if (collections is not null && collections.IsMutableCollection(field.Type) && !IsEmptyArray(field, context.CancellationToken))
        {
            Report(context, field, MutableCollectionReason(field.Type));
        }
    }

    private static void AnalyzeProperty(SymbolAnalysisContext context, MutableCollectionTypes? collections)
    {
        var property = (IPropertySymbol)context.Symbol;
        if (!property.IsStatic || property.IsAbstract || property.IsImplicitlyDeclared)
        {
            return;
        }

        if (property.SetMethod is not null)
        {
            Report(context, property, SetterReason);
        }
        else if (collections is not null && collections.IsMutableCollection(property.Type) && IsAutoProperty(property, context.CancellationToken))
        {
            Report(context, property, MutableCollectionReason(property.Type));
        }
    }

    private static string MutableCollectionReason(ITypeSymbol type) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, MutableCollectionReasonFormat, type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat));

    private static void Report(SymbolAnalysisContext context, ISymbol symbol, string reason)
    {
        if (!symbol.Locations.IsEmpty)
        {
            context.ReportDiagnostic(Diagnostic.Create(s_rule, symbol.Locations[0], symbol.Name, reason));
        }
    }

    /// <summary>A get-only auto-property is a readonly field under another name; a computed one holds no state.</summary>
    private static bool IsAutoProperty(IPropertySymbol property, CancellationToken cancellationToken) =>
        property.DeclaringSyntaxReferences.Any(reference =>
            reference.GetSyntax(cancellationToken) is PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors }
            && accessors.Accessors.All(accessor => accessor.Body is null && accessor.ExpressionBody is null));

    /// <summary>An array created with no elements cannot be changed: there is nothing to write to.</summary>
    private static bool IsEmptyArray(IFieldSymbol field, CancellationToken cancellationToken) =>
        field.Type is IArrayTypeSymbol
        && field.DeclaringSyntaxReferences.Length == 1
        && field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value }
        && CreatesEmptyArray(value);

    private static bool CreatesEmptyArray(ExpressionSyntax value) => value switch
    {
        InitializerExpressionSyntax initializer => initializer.Expressions.Count == 0,
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions.Count == 0,
        ArrayCreationExpressionSyntax creation => creation.Type.RankSpecifiers.FirstOrDefault()?.Sizes.Any(IsZero) == true,
        CollectionExpressionSyntax collection => collection.Elements.Count == 0,
        InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.ValueText: "Empty" } } access } =>
            access.Expression.ToString() is "Array" or "System.Array" or "global::System.Array",
        _ => false,
    };

    private static bool IsZero(ExpressionSyntax size) =>
        size.IsKind(SyntaxKind.NumericLiteralExpression) && ((LiteralExpressionSyntax)size).Token.Value is 0;
}
