using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
        var linqNames = ImmutableHashSet.CreateRange(System.StringComparer.Ordinal, linqTypes.SelectMany(type => type.MemberNames));
        var candidateNames = CandidateNames(context.Compilation, linqNames);
        var receivers = new DeclaredReceiver();

        context.RegisterSyntaxNodeAction(
            CandidateOperations.Bind<IInvocationOperation>(
                (SyntaxNodeAnalysisContext node) => IsCandidate(node, candidateNames, linqNames, receivers),
                site => AnalyzeCall(site, linqTypes)),
            SyntaxKind.InvocationExpression);
    }

    /// <summary>
    /// A call used as a statement, to a Try method or by a name a reported method has, on a receiver whose declared
    /// type does not rule those methods out.
    /// </summary>
    private static bool IsCandidate(SyntaxNodeAnalysisContext node, ImmutableHashSet<string> candidateNames, ImmutableHashSet<string> linqNames, DeclaredReceiver receivers)
    {
        if (SyntaxNames.InvokedName(node.Node) is not { } name || !IsUsedAsStatement(node.Node))
        {
            return false;
        }

        return IsTryName(name) || (candidateNames.Contains(name) && !DeclaredReceiverRulesOut(receivers, node, name, linqNames));
    }

    /// <summary>
    /// <c>list.Add(x);</c> is everywhere, and <c>Add</c> is also an immutable collection's: the receiver's declared
    /// type tells, without binding the body, that no string, immutable collection or LINQ method can be meant.
    /// </summary>
    private static bool DeclaredReceiverRulesOut(DeclaredReceiver receivers, SyntaxNodeAnalysisContext node, string name, ImmutableHashSet<string> linqNames)
    {
        var declared = receivers.TypeOf((InvocationExpressionSyntax)node.Node, node.SemanticModel, node.ContainingSymbol, node.CancellationToken);
        if (declared is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            declared = nullable.TypeArguments[0];
        }

        return declared is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } type
            && type.SpecialType != SpecialType.System_String
            && !IsOrDerivesFrom(type, IsInImmutableNamespace)
            && !(linqNames.Contains(name) && IsOrDerivesFrom(type, candidate => candidate.SpecialType == SpecialType.System_Collections_IEnumerable));
    }

    private static bool IsOrDerivesFrom(INamedTypeSymbol type, System.Func<INamedTypeSymbol, bool> kind)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (kind(current))
            {
                return true;
            }
        }

        return type.AllInterfaces.Any(kind);
    }

    /// <summary>
    /// Syntax first: only a call by the name of a method of string, LINQ or System.Collections.Immutable (or a
    /// Try method) can be reported, so only those calls are bound.
    /// </summary>
    private static ImmutableHashSet<string> CandidateNames(Compilation compilation, ImmutableHashSet<string> linqNames)
    {
        var names = linqNames.ToBuilder();
        names.UnionWith(compilation.GetSpecialType(SpecialType.System_String).MemberNames);

        if (compilation.GetTypeByMetadataName("System.Collections.Immutable.ImmutableArray")?.ContainingNamespace is { } immutable)
        {
            foreach (var type in immutable.GetTypeMembers())
            {
                names.UnionWith(type.MemberNames);
            }
        }

        return names.ToImmutable();
    }

    /// <summary>The call is the whole statement (<c>a.M();</c>, <c>a?.M();</c>), or the body of a member written <c>=&gt; a.M()</c>.</summary>
    private static bool IsUsedAsStatement(SyntaxNode node)
    {
        var expression = node;
        while (expression.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == expression)
        {
            expression = access;
        }

        return expression.Parent switch
        {
            ExpressionStatementSyntax => true,
            ArrowExpressionClauseSyntax arrow => ArrowBodyIsAStatement(arrow),
            _ => false,
        };
    }

    /// <summary>
    /// A <c>=&gt;</c> body is a statement in a member that returns nothing: a void or async method or local
    /// function, a constructor, a setter or an event accessor; any other member returns its value.
    /// </summary>
    private static bool ArrowBodyIsAStatement(ArrowExpressionClauseSyntax arrow) => arrow.Parent switch
    {
        MethodDeclarationSyntax method => ReturnsNothingOrIsAsync(method.ReturnType, method.Modifiers),
        LocalFunctionStatementSyntax function => ReturnsNothingOrIsAsync(function.ReturnType, function.Modifiers),
        AccessorDeclarationSyntax accessor => !accessor.IsKind(SyntaxKind.GetAccessorDeclaration),
        PropertyDeclarationSyntax or IndexerDeclarationSyntax or OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax => false,
        _ => true,
    };

    private static bool ReturnsNothingOrIsAsync(TypeSyntax returnType, SyntaxTokenList modifiers) =>
        returnType is PredefinedTypeSyntax predefined && predefined.Keyword.IsKind(SyntaxKind.VoidKeyword)
        || modifiers.Any(SyntaxKind.AsyncKeyword);

    private static void AnalyzeCall(OperationSite<IInvocationOperation> context, ImmutableArray<INamedTypeSymbol> linqTypes)
    {
        IOperation call = context.Operation;
        while (call.Parent is IConditionalAccessOperation access && access.WhenNotNull == call)
        {
            call = access;
        }

        // A member's => body is a statement when the member returns nothing; otherwise its value is returned.
        if (call.Parent is not IExpressionStatementOperation)
        {
            return;
        }

        var invocation = context.Operation;
        if (AdviceFor(invocation.TargetMethod, linqTypes) is { } advice)
        {
            context.ReportDiagnostic(Diagnostic.Create(s_rule, MethodNameLocation(invocation), invocation.TargetMethod.Name, advice));
        }
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
        method.ReturnType.SpecialType == SpecialType.System_Boolean && IsTryName(method.Name);

    private static bool IsTryName(string name) =>
        name.Length > 3 && name.StartsWith("Try", System.StringComparison.Ordinal) && char.IsUpper(name[3]);

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
