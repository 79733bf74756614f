using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// TG2004: a class, struct or record with more methods, fields or lines of code than
/// <c>tddguard.max_type_methods</c>, <c>max_type_fields</c> or <c>max_type_lines</c> allow, over all its hand-written parts.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TypeTooLargeAnalyzer : DiagnosticAnalyzer
{
    internal const string MaxMethodsOption = "max_type_methods";
    internal const string MaxFieldsOption = "max_type_fields";
    internal const string MaxLinesOption = "max_type_lines";
    internal const int DefaultMaxMethods = 20;
    internal const int DefaultMaxFields = 10;
    internal const int DefaultMaxLines = 400;

    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.TypeTooLarge,
        title: "Type too large",
        messageFormat: "'{0}' is too large: {1}; split it into smaller types with one responsibility each",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A type with many methods, fields or lines does many things: it is hard to understand, to change safely and to test. Classes, structs and records may have at most tddguard.max_type_methods methods (default 20), tddguard.max_type_fields fields (default 10) and tddguard.max_type_lines lines of code (default 400), summed over their hand-written partial parts; nested types are judged on their own.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.TypeTooLarge));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // A test fixture holds one method per behaviour it specifies; that is not a type doing too much.
            if (TestProjects.IsTestProject(start.Compilation))
            {
                return;
            }

            var generatedTrees = new GeneratedTrees(start.Compilation);
            start.RegisterSymbolAction(context => AnalyzeType(context, generatedTrees), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, GeneratedTrees generatedTrees)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return;
        }

        // The program of top-level statements is declared by a compilation unit, not a type declaration: no part.
        var parts = generatedTrees.HandWrittenParts<TypeDeclarationSyntax>(type, context.CancellationToken);
        if (parts.Count == 0)
        {
            return;
        }

        var tree = parts[0].SyntaxTree;
        var (methods, fields) = CountMembers(type, generatedTrees, context.CancellationToken);
        var exceeded = new List<string>(capacity: 3);
        AddIfExceeded(exceeded, methods, "methods", Limit(context, tree, MaxMethodsOption, DefaultMaxMethods));
        AddIfExceeded(exceeded, fields, "fields", Limit(context, tree, MaxFieldsOption, DefaultMaxFields));
        var maxLines = Limit(context, tree, MaxLinesOption, DefaultMaxLines);
        if (SpannedLines(parts, context.CancellationToken) > maxLines)
        {
            AddIfExceeded(exceeded, CountLines(parts, context.CancellationToken), "lines", maxLines);
        }

        if (exceeded.Count > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(s_rule, parts[0].Identifier.GetLocation(), type.Name, string.Join(", ", exceeded)));
        }
    }

    /// <summary>
    /// Methods: ordinary and explicit interface implementation methods; a partial method once, when its body is
    /// hand-written (not when a source generator writes it, as for <c>[LoggerMessage]</c>). Not constructors,
    /// destructors, operators, accessors or what the compiler generates (record members). Fields: instance and
    /// static, one per declarator; not constants or static readonly fields of constant types, not the backing fields
    /// of auto-properties or field-like events.
    /// Only members written by hand count.
    /// </summary>
    private static (int Methods, int Fields) CountMembers(INamedTypeSymbol type, GeneratedTrees generatedTrees, CancellationToken cancellationToken)
    {
        var methods = 0;
        var fields = 0;
        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared)
            {
                continue;
            }

            if (member is IMethodSymbol method && IsCountedMethod(method, generatedTrees, cancellationToken))
            {
                methods++;
            }
            else if (member is IFieldSymbol { AssociatedSymbol: null } field && HoldsState(field) && generatedTrees.IsWrittenByHand(member, cancellationToken))
            {
                fields++;
            }
        }

        return (methods, fields);
    }

    /// <summary>
    /// Not a constant, nor a static readonly field of a type a constant could have (string, number, bool, char, enum):
    /// those are constants in all but name.
    /// </summary>
    private static bool HoldsState(IFieldSymbol field) =>
        !field.IsConst && !(field.IsStatic && field.IsReadOnly && CouldBeConstant(field.Type));

    private static bool CouldBeConstant(ITypeSymbol type) =>
        type.TypeKind == TypeKind.Enum
        || type.SpecialType is SpecialType.System_String or SpecialType.System_Boolean or SpecialType.System_Char
            or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
            or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal;

    private static bool IsCountedMethod(IMethodSymbol method, GeneratedTrees generatedTrees, CancellationToken cancellationToken)
    {
        if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation) || method.PartialDefinitionPart is not null)
        {
            return false;
        }

        var body = method.IsPartialDefinition ? method.PartialImplementationPart : method;
        return body is not null && generatedTrees.IsWrittenByHand(body, cancellationToken);
    }

    /// <summary>
    /// The lines every hand-written part spans, nested types included: counting lines of code walks every token,
    /// so it is left for the few types whose parts span more lines than the limit.
    /// </summary>
    private static int SpannedLines(List<TypeDeclarationSyntax> parts, CancellationToken cancellationToken)
    {
        var lines = 0;
        foreach (var part in parts)
        {
            lines += CodeLines.Spanned(part.Span, part.SyntaxTree.GetText(cancellationToken));
        }

        return lines;
    }

    /// <summary>Lines of code of every hand-written part, leaving out the lines of nested types (judged on their own).</summary>
    private static int CountLines(List<TypeDeclarationSyntax> parts, CancellationToken cancellationToken)
    {
        var lines = 0;
        foreach (var part in parts)
        {
            var tokens = part.DescendantTokens(descendIntoChildren: node => node == part || node is not (BaseTypeDeclarationSyntax or DelegateDeclarationSyntax));
            lines += CodeLines.Count(tokens, part.SyntaxTree.GetText(cancellationToken));
        }

        return lines;
    }

    private static int Limit(SymbolAnalysisContext context, SyntaxTree tree, string option, int defaultValue) =>
        TddGuardOptions.GetPositiveInt32(context.Options, tree, option, defaultValue);

    private static void AddIfExceeded(List<string> exceeded, int count, string what, int limit)
    {
        if (count > limit)
        {
            exceeded.Add(string.Format(CultureInfo.InvariantCulture, "{0} {1} (limit {2})", count, what, limit));
        }
    }
}
