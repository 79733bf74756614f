using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>TG2006: a signature its author chose with more than <c>tddguard.max_parameters</c> parameters.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TooManyParametersAnalyzer : DiagnosticAnalyzer
{
    internal const string MaxParametersOption = "max_parameters";
    internal const int DefaultMaxParameters = 5;

    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.TooManyParameters,
        title: "Too many parameters",
        messageFormat: "'{0}' has {1} parameters, more than the limit of {2}; group the ones that travel together into a type, or split it",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A long parameter list is hard to call correctly and to test, and often means the member does several things. Methods, constructors (including primary constructors of classes and structs), delegates, indexers and local functions may take at most tddguard.max_parameters parameters (default 5). Signatures their author does not choose are exempt: overrides, interface implementations, native interop and Deconstruct; so are records' positional parameters, which declare the record's properties.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.TooManyParameters));

    private static readonly ImmutableArray<SyntaxKind> s_signatureKinds = ImmutableArray.Create(
        SyntaxKind.MethodDeclaration,
        SyntaxKind.ConstructorDeclaration,
        SyntaxKind.DelegateDeclaration,
        SyntaxKind.LocalFunctionStatement,
        SyntaxKind.IndexerDeclaration,
        SyntaxKind.ClassDeclaration,
        SyntaxKind.StructDeclaration);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // Parameterised tests take one parameter per column of their table of cases.
            if (TestProjects.IsTestProject(start.Compilation))
            {
                return;
            }

            var libraryImport = start.Compilation.GetTypeByMetadataName("System.Runtime.InteropServices.LibraryImportAttribute");
            start.RegisterSyntaxNodeAction(context => AnalyzeSignature(context, libraryImport), s_signatureKinds);
        });
    }

    private static void AnalyzeSignature(SyntaxNodeAnalysisContext context, INamedTypeSymbol? libraryImport)
    {
        var declaration = context.Node;
        if (ParameterListOf(declaration) is not { } parameterList)
        {
            return;
        }

        var count = parameterList.Parameters.Count;
        var maxParameters = TddGuardOptions.GetPositiveInt32(context.Options, declaration.SyntaxTree, MaxParametersOption, DefaultMaxParameters);
        if (count <= maxParameters || IsDictatedBySyntax(declaration) || IsDictatedBySemantics(context, libraryImport))
        {
            return;
        }

        var (location, name) = MemberNames.Of(declaration);
        context.ReportDiagnostic(Diagnostic.Create(s_rule, location, name, count, maxParameters));
    }

    private static BaseParameterListSyntax? ParameterListOf(SyntaxNode declaration) => declaration switch
    {
        BaseMethodDeclarationSyntax method => method.ParameterList,
        DelegateDeclarationSyntax @delegate => @delegate.ParameterList,
        LocalFunctionStatementSyntax local => local.ParameterList,
        IndexerDeclarationSyntax indexer => indexer.ParameterList,
        TypeDeclarationSyntax type => type.ParameterList,
        _ => null,
    };

    /// <summary>
    /// Overrides, explicit interface implementations and extern methods take the signature they must; the body of
    /// a partial method was reported on its definition; Deconstruct mirrors its type's components.
    /// </summary>
    private static bool IsDictatedBySyntax(SyntaxNode declaration) => declaration switch
    {
        MethodDeclarationSyntax method =>
            method.Modifiers.Any(SyntaxKind.OverrideKeyword)
            || method.Modifiers.Any(SyntaxKind.ExternKeyword)
            || method.ExplicitInterfaceSpecifier is not null
            || (method.Modifiers.Any(SyntaxKind.PartialKeyword) && (method.Body is not null || method.ExpressionBody is not null))
            || IsDeconstruct(method),
        IndexerDeclarationSyntax indexer =>
            indexer.Modifiers.Any(SyntaxKind.OverrideKeyword) || indexer.ExplicitInterfaceSpecifier is not null,
        _ => false,
    };

    private static bool IsDeconstruct(MethodDeclarationSyntax method) =>
        method.Identifier.ValueText == "Deconstruct"
        && method.ParameterList.Parameters.All(parameter => parameter.Modifiers.Any(SyntaxKind.OutKeyword));

    /// <summary>Implicit interface implementations and <c>[LibraryImport]</c> methods, which need the symbol.</summary>
    private static bool IsDictatedBySemantics(SyntaxNodeAnalysisContext context, INamedTypeSymbol? libraryImport)
    {
        if (context.Node is not (MethodDeclarationSyntax or IndexerDeclarationSyntax))
        {
            return false;
        }

        var member = context.SemanticModel.GetDeclaredSymbol(context.Node, context.CancellationToken);
        return member is not null
            && (ImplementsAnInterfaceMember(member) || (libraryImport is not null && HasAttribute(member, libraryImport)));
    }

    private static bool ImplementsAnInterfaceMember(ISymbol member)
    {
        var type = member.ContainingType;
        if (type is null || type.TypeKind == TypeKind.Interface)
        {
            return false;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var candidate in @interface.GetMembers(member.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), member))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasAttribute(ISymbol member, INamedTypeSymbol attributeType) =>
        member.GetAttributes().Any(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType));
}
