using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>TG2020: a class with more than <c>tddguard.max_inheritance_depth</c> base classes declared in its own project.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InheritanceTooDeepAnalyzer : DiagnosticAnalyzer
{
    internal const string MaxDepthOption = "max_inheritance_depth";
    internal const int DefaultMaxDepth = 3;

    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.DeepInheritance,
        title: "Inheritance too deep",
        messageFormat: "'{0}' has {1} base classes in this project ({3}), more than the limit of {2}; prefer composition: delegate to collaborators instead of inheriting from them",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Every level of inheritance spreads one type's behaviour over one more file and couples it to every class above it. A class may derive from at most tddguard.max_inheritance_depth classes declared in its own project (default 3); counting stops at the first base class from another assembly, such as System.Object or a framework base class.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.DeepInheritance));

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
            start.RegisterSymbolAction(context => AnalyzeClass(context, generatedTrees), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeClass(SymbolAnalysisContext context, GeneratedTrees generatedTrees)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind != TypeKind.Class)
        {
            return;
        }

        var bases = SourceDefinedBaseClassesOf(type);
        if (bases.Count == 0)
        {
            return;
        }

        var parts = generatedTrees.HandWrittenParts<TypeDeclarationSyntax>(type, context.CancellationToken);
        if (parts.Count == 0)
        {
            return;
        }

        var maxDepth = TddGuardOptions.GetPositiveInt32(context.Options, parts[0].SyntaxTree, MaxDepthOption, DefaultMaxDepth);
        if (bases.Count > maxDepth)
        {
            var chain = string.Join(" : ", bases.Prepend(type).Select(t => t.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
            context.ReportDiagnostic(Diagnostic.Create(s_rule, parts[0].Identifier.GetLocation(), type.Name, bases.Count, maxDepth, chain));
        }
    }

    /// <summary>The base classes declared in this compilation, nearest first, up to the first one from another assembly.</summary>
    private static List<INamedTypeSymbol> SourceDefinedBaseClassesOf(INamedTypeSymbol type)
    {
        var bases = new List<INamedTypeSymbol>();
        for (var baseType = type.BaseType; baseType is not null && IsDeclaredInSource(baseType); baseType = baseType.BaseType)
        {
            bases.Add(baseType);
        }

        return bases;
    }

    private static bool IsDeclaredInSource(INamedTypeSymbol type) => type.Locations.Any(location => location.IsInSource);
}
