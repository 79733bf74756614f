using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// TG2014: a call whose result is its whole point, used as a statement: the bool of a <c>Try*</c> method, or the
/// result of a method on <see cref="string"/>, on an immutable collection or of LINQ.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IgnoredResultAnalyzer : DiagnosticAnalyzer
{
    internal const string TryAdvice = "check the bool it returns, or discard it explicitly with '_ ='";
    internal const string StringAdvice = "a string never changes, so use the string it returns";
    internal const string ImmutableAdvice = "an immutable collection never changes, so use the collection it returns";
    internal const string LinqAdvice = "a LINQ method does nothing but return its result, so use it or remove the call";

    /// <summary>The LINQ operators: on sequences, on queries, and the ones specialised for immutable arrays.</summary>
    private static readonly ImmutableArray<string> s_linqTypeNames = ImmutableArray.Create(
        "System.Linq.Enumerable",
        "System.Linq.Queryable",
        "System.Linq.ImmutableArrayExtensions");

    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.IgnoredResult,
        title: "Ignored result",
        messageFormat: "The result of '{0}' is discarded; {1}",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A call made only for its result does nothing when the result is dropped: a Try method's bool says whether it worked, and methods on strings, immutable collections and LINQ return a new value instead of changing anything. Use the result, or discard it explicitly with '_ =' when ignoring it is a decision.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.IgnoredResult));

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
        var linqTypes = s_linqTypeNames
            .Select(context.Compilation.GetTypeByMetadataName)
            .OfType<INamedTypeSymbol>()
            .ToImmutableArray();

        context.RegisterOperationAction(
            operationContext => AnalyzeExpressionStatement(operationContext, linqTypes),
            OperationKind.ExpressionStatement);
    }

    private static void AnalyzeExpressionStatement(OperationAnalysisContext context, ImmutableArray<INamedTypeSymbol> linqTypes)
    {
        var statement = (IExpressionStatementOperation)context.Operation;
        if (IsExpressionBodyOfLambda(statement) || InvokedAsStatement(statement) is not { } invocation)
        {
            return;
        }

        if (AdviceFor(invocation.TargetMethod, linqTypes) is { } advice)
        {
            context.ReportDiagnostic(Diagnostic.Create(s_rule, MethodNameLocation(invocation), invocation.TargetMethod.Name, advice));
        }
    }

    /// <summary>
    /// <c>() =&gt; text.Substring(9)</c> handed to a void delegate is how tests state that a call throws: the
    /// result is dropped on purpose there, and the lambda has no statement to add a discard to.
    /// </summary>
    private static bool IsExpressionBodyOfLambda(IExpressionStatementOperation statement) =>
        statement.IsImplicit && statement.Parent is IBlockOperation { Parent: IAnonymousFunctionOperation };

    /// <summary>The call whose value the statement drops, looking through <c>?.</c>; null for anything else.</summary>
    private static IInvocationOperation? InvokedAsStatement(IExpressionStatementOperation statement)
    {
        var operation = statement.Operation;
        while (operation is IConditionalAccessOperation conditionalAccess)
        {
            operation = conditionalAccess.WhenNotNull;
        }

        return operation as IInvocationOperation;
    }

    private static string? AdviceFor(IMethodSymbol method, ImmutableArray<INamedTypeSymbol> linqTypes)
    {
        if (method.ReturnsVoid)
        {
            return null;
        }

        if (IsTryMethod(method))
        {
            return TryAdvice;
        }

        if (method.ContainingType.SpecialType == SpecialType.System_String)
        {
            // Interning is the one string method called for its side effect.
            return method.Name == nameof(string.Intern) ? null : StringAdvice;
        }

        if (linqTypes.Contains(method.ContainingType.OriginalDefinition, SymbolEqualityComparer.Default))
        {
            return LinqAdvice;
        }

        return ReturnsNewImmutableCollection(method) ? ImmutableAdvice : null;
    }

    private static bool IsTryMethod(IMethodSymbol method) =>
        method.ReturnType.SpecialType == SpecialType.System_Boolean
        && method.Name.Length > 3
        && method.Name.StartsWith("Try", System.StringComparison.Ordinal)
        && char.IsUpper(method.Name[3]);

    /// <summary>
    /// A method of System.Collections.Immutable that returns the kind of collection it was called on: an instance
    /// method returning its own type (<c>Add</c>, <c>SetItem</c>, ...) or an extension method returning the
    /// type it extends. Builders change in place and are left alone.
    /// </summary>
    private static bool ReturnsNewImmutableCollection(IMethodSymbol method)
    {
        if (!IsInImmutableNamespace(method.ContainingType))
        {
            return false;
        }

        var definition = method.ReducedFrom ?? method;
        var receiverType = definition.IsExtensionMethod && definition.Parameters.Length > 0
            ? definition.Parameters[0].Type
            : method.ContainingType;
        return SymbolEqualityComparer.Default.Equals(method.ReturnType.OriginalDefinition, receiverType.OriginalDefinition);
    }

    private static bool IsInImmutableNamespace(INamedTypeSymbol type) =>
        type.ContainingNamespace is { Name: "Immutable" } immutable
        && immutable.ContainingNamespace is { Name: "Collections" } collections
        && collections.ContainingNamespace is { Name: "System" } system
        && system.ContainingNamespace is { IsGlobalNamespace: true };

    private static Location MethodNameLocation(IInvocationOperation invocation)
    {
        var name = invocation.Syntax is InvocationExpressionSyntax call
            ? call.Expression switch
            {
                MemberAccessExpressionSyntax memberAccess => memberAccess.Name,
                MemberBindingExpressionSyntax memberBinding => memberBinding.Name,
                SimpleNameSyntax simpleName => simpleName,
                _ => null,
            }
            : null;
        return name?.Identifier.GetLocation() ?? invocation.Syntax.GetLocation();
    }
}
