using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>TG2011: <c>async void</c> methods, local functions and lambdas that are not event handlers.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AsyncVoidAnalyzer : DiagnosticAnalyzer
{
    internal const string ReturnTaskAdvice = "return Task instead";

    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.AsyncVoid,
        title: "Async void",
        messageFormat: "{0} is async void: nobody can await it, and an exception thrown in it crashes the process; {1}",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An async void method cannot be awaited, so callers cannot know when it has finished, tests cannot wait for it, and an exception escaping it is raised on the synchronisation context, where it usually ends the process. Only event handlers, whose signature is imposed, should be async void.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.AsyncVoid));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var eventArgs = start.Compilation.GetTypeByMetadataName("System.EventArgs");
            start.RegisterSyntaxNodeAction(
                nodeContext => AnalyzeNamedFunction(nodeContext, eventArgs),
                SyntaxKind.MethodDeclaration,
                SyntaxKind.LocalFunctionStatement);
            start.RegisterSyntaxNodeAction(
                CandidateOperations.Bind<IOperation>(
                    node => node is AnonymousFunctionExpressionSyntax { AsyncKeyword.RawKind: (int)SyntaxKind.AsyncKeyword },
                    site => AnalyzeAnonymousFunction(site, eventArgs)),
                SyntaxKind.ParenthesizedLambdaExpression,
                SyntaxKind.SimpleLambdaExpression,
                SyntaxKind.AnonymousMethodExpression);
        });
    }

    private static void AnalyzeNamedFunction(SyntaxNodeAnalysisContext context, INamedTypeSymbol? eventArgs)
    {
        var (modifiers, returnType, identifier) = context.Node switch
        {
            MethodDeclarationSyntax method => (method.Modifiers, method.ReturnType, method.Identifier),
            LocalFunctionStatementSyntax function => (function.Modifiers, function.ReturnType, function.Identifier),
            _ => default,
        };

        // Syntax first: almost no function is both async and void, so binding is rarely needed.
        if (!modifiers.Any(SyntaxKind.AsyncKeyword) || returnType is not PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword })
        {
            return;
        }

        if (context.SemanticModel.GetDeclaredSymbol(context.Node, context.CancellationToken) is not IMethodSymbol symbol
            || IsEventHandler(symbol, eventArgs)
            || ImposedSignatures.IsImposed(symbol))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(s_rule, identifier.GetLocation(), $"'{identifier.ValueText}'", ReturnTaskAdvice));
    }

    /// <summary>The lambda's operation, or the delegate creation the compiler wraps it in (they share their syntax).</summary>
    private static void AnalyzeAnonymousFunction(OperationSite<IOperation> context, INamedTypeSymbol? eventArgs)
    {
        var found = context.Operation is IDelegateCreationOperation { Target: IAnonymousFunctionOperation target } ? target : context.Operation;
        if (found is not IAnonymousFunctionOperation function
            || !function.Symbol.IsAsync
            || !function.Symbol.ReturnsVoid
            || IsEventHandler(function.Symbol, eventArgs)
            || IsSubscribedToAnEvent(function)
            || function.Syntax is not AnonymousFunctionExpressionSyntax { AsyncKeyword: var asyncKeyword }
            || function.Parent is not IDelegateCreationOperation { Type: { } delegateType })
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            s_rule,
            asyncKeyword.GetLocation(),
            "This async lambda",
            $"it is converted to '{delegateType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}'; pass it only where a Task-returning delegate is accepted"));
    }

    private static bool IsSubscribedToAnEvent(IAnonymousFunctionOperation function) =>
        function.Parent is IDelegateCreationOperation { Parent: IEventAssignmentOperation };

    /// <summary>
    /// <c>(object sender, TArgs e)</c> where <c>TArgs</c> derives from <see cref="System.EventArgs"/> or, for UI
    /// frameworks whose argument types do not (WinUI, UWP), is named like one.
    /// </summary>
    private static bool IsEventHandler(IMethodSymbol method, INamedTypeSymbol? eventArgs)
    {
        if (method.Parameters.Length != 2 || method.Parameters[0].Type.SpecialType != SpecialType.System_Object)
        {
            return false;
        }

        var argumentsType = method.Parameters[1].Type;
        if (argumentsType.Name.EndsWith("EventArgs", System.StringComparison.Ordinal))
        {
            return true;
        }

        for (var type = argumentsType as INamedTypeSymbol; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, eventArgs))
            {
                return true;
            }
        }

        return false;
    }
}
