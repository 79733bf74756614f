using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// TG2008: a catch block throws a new exception without the one it caught, so the original type, message and
/// stack trace are gone. Reported only when the new exception's type has a constructor that would take the
/// caught exception in addition to the arguments already given, so the fix is always one argument away.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExceptionContextLostAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property naming the constructor parameter that takes the inner exception.</summary>
    internal const string InnerExceptionParameterProperty = "InnerExceptionParameter";

    private const string TheCaughtException = "the caught exception";

    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.ExceptionContextLost,
        title: "Exception context lost",
        messageFormat: "'{0}' is thrown from a catch block without the exception it caught; pass {1} as its inner exception to keep the original type, message and stack trace",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Wrapping an exception is good; dropping it is not. A new exception thrown from a catch block must carry the caught one as its inner exception, or whoever reads the log learns what was rethrown but never what failed. Reported only when the new exception has a constructor that also takes the inner exception; any use of the caught exception in the arguments other than reading its Message is taken as deliberate.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.ExceptionContextLost));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var exceptionType = start.Compilation.GetTypeByMetadataName("System.Exception");
            if (exceptionType is null)
            {
                return;
            }

            start.RegisterSyntaxNodeAction(
                CandidateOperations.Bind<IThrowOperation>(
                    node => SyntaxNames.ThrownCreation(node) is { } creation && EnclosingCatchClause(node) is { } catchClause && !PassesCaughtException(creation, catchClause),
                    site => AnalyzeThrow(site, exceptionType)),
                SyntaxKind.ThrowStatement,
                SyntaxKind.ThrowExpression);
        });
    }

    /// <summary>Syntax first: only a throw in a catch block (not in a lambda or local function there) can lose the caught exception.</summary>
    private static CatchClauseSyntax? EnclosingCatchClause(SyntaxNode node)
    {
        for (var child = node; child.Parent is { } parent; child = parent)
        {
            switch (parent)
            {
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax:
                    return null;
                case CatchClauseSyntax catchClause:
                    return catchClause.Block == child ? catchClause : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Syntax first: a new exception that mentions the catch variable other than to read its <c>Message</c>
    /// (<c>new X("...", exception)</c>) keeps the context, so it is not bound.
    /// </summary>
    private static bool PassesCaughtException(BaseObjectCreationExpressionSyntax creation, CatchClauseSyntax catchClause)
    {
        var caught = catchClause.Declaration?.Identifier.ValueText;
        if (string.IsNullOrEmpty(caught))
        {
            return false;
        }

        foreach (var node in creation.DescendantNodes())
        {
            if (node is IdentifierNameSyntax name && name.Identifier.ValueText == caught && !ReadsMessage(name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReadsMessage(IdentifierNameSyntax name) =>
        name.Parent is MemberAccessExpressionSyntax access && access.Expression == name && access.Name.Identifier.ValueText == nameof(System.Exception.Message);

    private static void AnalyzeThrow(OperationSite<IThrowOperation> context, INamedTypeSymbol exceptionType)
    {
        var throwOperation = context.Operation;
        if (WithoutConversions(throwOperation.Exception) is not IObjectCreationOperation { Constructor: { } constructor } creation
            || EnclosingCatch(throwOperation) is not { } catchClause)
        {
            return;
        }

        var caughtVariable = (catchClause.ExceptionDeclarationOrExpression as IVariableDeclaratorOperation)?.Symbol;
        if ((caughtVariable is not null && UsesBeyondItsMessage(creation, caughtVariable))
            || !AllArgumentsAreExplicit(creation))
        {
            return;
        }

        var caughtType = catchClause.ExceptionType is INamedTypeSymbol { SpecialType: SpecialType.System_Object } or null
            ? exceptionType
            : catchClause.ExceptionType;
        var within = context.ContainingSymbol?.ContainingType ?? (ISymbol)context.Compilation.Assembly;
        if (FindConstructorTakingInnerException(context.Compilation, constructor, caughtType, within) is not { } innerExceptionParameter)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            s_rule,
            creation.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(InnerExceptionParameterProperty, innerExceptionParameter.Name),
            constructor.ContainingType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
            caughtVariable is null ? TheCaughtException : $"'{caughtVariable.Name}'"));
    }

    /// <summary>
    /// The catch clause whose handler runs this throw, or null when the throw is elsewhere: outside any catch,
    /// in a filter, or in a lambda or local function (which may run long after the catch block has finished).
    /// </summary>
    private static ICatchClauseOperation? EnclosingCatch(IOperation operation)
    {
        for (var child = operation; child.Parent is { } parent; child = parent)
        {
            switch (parent)
            {
                case IAnonymousFunctionOperation or ILocalFunctionOperation:
                    return null;
                case ICatchClauseOperation catchClause:
                    return catchClause.Handler == child ? catchClause : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the new exception uses the caught one in a way that may carry its context: passing it, its inner
    /// exception or its text along. Reading only its <c>Message</c> loses the type and the stack trace.
    /// </summary>
    private static bool UsesBeyondItsMessage(IObjectCreationOperation creation, ILocalSymbol caughtVariable)
    {
        foreach (var descendant in creation.Descendants())
        {
            if (descendant is ILocalReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Local, caughtVariable)
                && !IsMessageRead(reference))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMessageRead(ILocalReferenceOperation reference) =>
        reference.Parent is IPropertyReferenceOperation { Property.Name: nameof(System.Exception.Message) } property
        && property.Instance == reference;

    /// <summary>Defaults and <c>params</c> arrays make "append one argument" bind elsewhere; we do not guess.</summary>
    private static bool AllArgumentsAreExplicit(IObjectCreationOperation creation)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.Explicit)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The last parameter of an accessible constructor of the same type that has the parameters of
    /// <paramref name="used"/> followed by one that accepts <paramref name="caughtType"/>.
    /// </summary>
    private static IParameterSymbol? FindConstructorTakingInnerException(Compilation compilation, IMethodSymbol used, ITypeSymbol caughtType, ISymbol within)
    {
        foreach (var candidate in used.ContainingType.InstanceConstructors)
        {
            if (candidate.Parameters.Length != used.Parameters.Length + 1
                || !StartsWithParametersOf(candidate, used)
                || !compilation.IsSymbolAccessibleWithin(candidate, within, throughType: candidate.ContainingType))
            {
                continue;
            }

            var last = candidate.Parameters[candidate.Parameters.Length - 1];
            var conversion = compilation.ClassifyCommonConversion(caughtType, last.Type);
            if (last.RefKind == RefKind.None && !last.IsParams && conversion.IsImplicit && (conversion.IsIdentity || conversion.IsReference))
            {
                return last;
            }
        }

        return null;
    }

    private static bool StartsWithParametersOf(IMethodSymbol candidate, IMethodSymbol used)
    {
        for (var index = 0; index < used.Parameters.Length; index++)
        {
            if (!SymbolEqualityComparer.Default.Equals(candidate.Parameters[index].Type, used.Parameters[index].Type)
                || candidate.Parameters[index].RefKind != used.Parameters[index].RefKind)
            {
                return false;
            }
        }

        return true;
    }

    private static IOperation? WithoutConversions(IOperation? operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
