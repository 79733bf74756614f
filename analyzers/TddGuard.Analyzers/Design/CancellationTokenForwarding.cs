using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// Finds the awaited calls in a function's own body that could take a <c>CancellationToken</c> the function
/// does not have: a call that leaves an optional token parameter at its default, or one with an accessible
/// overload that takes the same parameters plus a trailing token. Shared by TG2013's analyzer and its fix, so
/// the fix forwards the token to exactly the calls the diagnostic is about.
/// </summary>
internal sealed class CancellationTokenForwarding
{
    private readonly INamedTypeSymbol _cancellationToken;

    private CancellationTokenForwarding(INamedTypeSymbol cancellationToken, TaskTypes tasks)
    {
        _cancellationToken = cancellationToken;
        Tasks = tasks;
    }

    public TaskTypes Tasks { get; }

    /// <summary>Null when the compilation has no <c>CancellationToken</c> or no <c>Task</c>.</summary>
    public static CancellationTokenForwarding? Resolve(Compilation compilation) =>
        compilation.GetTypeByMetadataName("System.Threading.CancellationToken") is { } token && TaskTypes.Resolve(compilation) is { } tasks
            ? new CancellationTokenForwarding(token, tasks)
            : null;

    public bool TakesACancellationToken(IMethodSymbol method) => method.Parameters.Any(parameter => IsCancellationToken(parameter.Type));

    /// <summary>Awaited calls that can take a token, in <paramref name="body"/> but not in lambdas or local functions in it.</summary>
    public IEnumerable<ForwardingSite> FindSites(IOperation body)
    {
        var pending = new Stack<IOperation>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            if (operation is IAwaitOperation await && AwaitedCall(await.Operation) is { } call && SiteFor(call) is { } site)
            {
                yield return site;
            }

            foreach (var child in operation.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static IInvocationOperation? AwaitedCall(IOperation awaited)
    {
        while (awaited is IConversionOperation { IsImplicit: true } conversion)
        {
            awaited = conversion.Operand;
        }

        return awaited is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: IInvocationOperation configured }
            ? configured
            : awaited as IInvocationOperation;
    }

    private ForwardingSite? SiteFor(IInvocationOperation call)
    {
        if (call.Syntax is not InvocationExpressionSyntax syntax || call.Arguments.Any(argument => argument.ArgumentKind == ArgumentKind.ParamArray))
        {
            return null;
        }

        var written = syntax.ArgumentList.Arguments;
        var anyNamed = written.Any(argument => argument.NameColon is not null);
        var defaulted = call.Arguments.FirstOrDefault(argument => argument.ArgumentKind == ArgumentKind.DefaultValue && argument.Parameter is { } parameter && IsCancellationToken(parameter.Type));
        if (defaulted?.Parameter is { } optional)
        {
            var receiverArguments = call.Arguments.Count(argument => argument.ArgumentKind == ArgumentKind.Explicit && argument.Syntax is not ArgumentSyntax);
            var positional = !anyNamed && written.Count == optional.Ordinal - receiverArguments;
            return new ForwardingSite(call, syntax, positional ? null : optional.Name);
        }

        if (TakesACancellationToken(call.TargetMethod) || call.Arguments.Any(argument => argument.ArgumentKind == ArgumentKind.DefaultValue))
        {
            return null;
        }

        return OverloadWithToken(call) is { } overload
            ? new ForwardingSite(call, syntax, anyNamed ? overload.Parameters[overload.Parameters.Length - 1].Name : null)
            : null;
    }

    /// <summary>Same name, staticness and type parameters; the called method's parameters plus a trailing token.</summary>
    private IMethodSymbol? OverloadWithToken(IInvocationOperation call)
    {
        var called = call.TargetMethod.OriginalDefinition;
        var within = call.SemanticModel?.GetEnclosingSymbol(call.Syntax.SpanStart)?.ContainingType;
        for (var type = called.ContainingType; type is not null; type = type.BaseType)
        {
            foreach (var candidate in type.GetMembers(called.Name).OfType<IMethodSymbol>())
            {
                if (IsTokenOverloadOf(candidate.OriginalDefinition, called)
                    && (within is null || call.SemanticModel!.Compilation.IsSymbolAccessibleWithin(candidate, within)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private bool IsTokenOverloadOf(IMethodSymbol candidate, IMethodSymbol called)
    {
        if (candidate.IsStatic != called.IsStatic
            || candidate.TypeParameters.Length != called.TypeParameters.Length
            || candidate.Parameters.Length != called.Parameters.Length + 1
            || !IsCancellationToken(candidate.Parameters[candidate.Parameters.Length - 1].Type))
        {
            return false;
        }

        for (var i = 0; i < called.Parameters.Length; i++)
        {
            if (candidate.Parameters[i].RefKind != called.Parameters[i].RefKind || !SameType(candidate.Parameters[i].Type, called.Parameters[i].Type))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Type equality where the method type parameters of two overloads count as equal by position.</summary>
    private static bool SameType(ITypeSymbol left, ITypeSymbol right) => (left, right) switch
    {
        (ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } l, ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } r) => l.Ordinal == r.Ordinal,
        (IArrayTypeSymbol l, IArrayTypeSymbol r) => l.Rank == r.Rank && SameType(l.ElementType, r.ElementType),
        (INamedTypeSymbol { IsGenericType: true } l, INamedTypeSymbol { IsGenericType: true } r) =>
            SymbolEqualityComparer.Default.Equals(l.OriginalDefinition, r.OriginalDefinition)
            && l.TypeArguments.Zip(r.TypeArguments, SameType).All(same => same),
        _ => SymbolEqualityComparer.Default.Equals(left, right),
    };

    private bool IsCancellationToken(ITypeSymbol type) =>
        SymbolEqualityComparer.Default.Equals(type, _cancellationToken)
        || (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable
            && SymbolEqualityComparer.Default.Equals(nullable.TypeArguments[0], _cancellationToken));
}

/// <summary>An awaited call that can take a token: positionally at the end, or by the parameter name given.</summary>
internal sealed class ForwardingSite
{
    public ForwardingSite(IInvocationOperation call, InvocationExpressionSyntax syntax, string? parameterName)
    {
        Call = call;
        Syntax = syntax;
        ParameterName = parameterName;
    }

    public IInvocationOperation Call { get; }

    public InvocationExpressionSyntax Syntax { get; }

    /// <summary>Null: append the token as the last positional argument; otherwise pass it as this named argument.</summary>
    public string? ParameterName { get; }
}
