using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// Reading the result of a task that has already finished does not block. This finds the usual ways code shows
/// a task has finished before it reads it: the task was awaited (alone, with <c>ConfigureAwait</c> or in
/// <c>Task.WhenAll</c>), its completion was checked (<c>IsCompleted</c>, <c>Status</c>, ..., or a helper of that
/// name taking the task), it came out of an <c>await</c> (<c>await Task.WhenAny(...)</c>), it is the antecedent
/// handed to a <c>ContinueWith</c> continuation, or it is an element (<c>tasks[i]</c>, a <c>foreach</c> variable, a
/// lambda's parameter in <c>tasks.Select(t => ...)</c>) of a collection awaited with <c>Task.WhenAll</c>. Only
/// locals, parameters and fields can carry such evidence; the search covers the text of the enclosing member (or
/// the top-level statements) before the read.
/// </summary>
internal static class CompletedTaskEvidence
{
    private static readonly ImmutableHashSet<string> s_completionChecks = ImmutableHashSet.Create(
        System.StringComparer.Ordinal,
        "IsCompleted",
        "IsCompletedSuccessfully",
        "IsFaulted",
        "IsCanceled",
        "Status");

    private static readonly ImmutableHashSet<string> s_collectionCopies = ImmutableHashSet.Create(
        System.StringComparer.Ordinal,
        "ToArray",
        "ToList",
        "AsEnumerable");

    public static bool IsKnownToHaveCompleted(IOperation task, IOperation read, TaskTypes tasks, CancellationToken cancellationToken)
    {
        if (read.SemanticModel is not { } model)
        {
            return false;
        }

        var symbol = SymbolOf(task);
        if (symbol is not null
            && (IsContinuationAntecedent(symbol, read, tasks)
                || IsAssignedFromAwait(symbol, cancellationToken)
                || WasAwaitedOrCheckedBefore(symbol, read.Syntax, model, cancellationToken)))
        {
            return true;
        }

        return CollectionHolding(task, symbol, model, cancellationToken) is { } collection
            && WasAwaitedOrCheckedBefore(collection, read.Syntax, model, cancellationToken);
    }

    /// <summary>
    /// The local, parameter or field of a collection the task is an element of, as code reads the tasks of a
    /// collection it handed to <c>Task.WhenAll</c>: <c>tasks[0]</c>, <c>foreach (var t in tasks)</c> and
    /// <c>tasks.Select(t => ...)</c> (the first parameter of a lambda handed to a method called on the collection).
    /// </summary>
    private static ISymbol? CollectionHolding(IOperation task, ISymbol? symbol, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (WithoutImplicitConversions(task))
        {
            case IArrayElementReferenceOperation element:
                return SymbolOf(element.ArrayReference);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance }:
                return SymbolOf(instance);
        }

        var collection = symbol switch
        {
            ILocalSymbol local => local.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax(cancellationToken)).OfType<ForEachStatementSyntax>().FirstOrDefault()?.Expression,
            IParameterSymbol { Ordinal: 0, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda } => ReceiverOfTheCallTaking(lambda, cancellationToken),
            _ => null,
        };

        var found = collection is null ? null : model.GetSymbolInfo(collection, cancellationToken).Symbol;
        return found is ILocalSymbol or IParameterSymbol or IFieldSymbol ? found : null;
    }

    /// <summary><c>tasks</c> in <c>tasks.Select(t => ...)</c>, for the lambda.</summary>
    private static ExpressionSyntax? ReceiverOfTheCallTaking(IMethodSymbol lambda, CancellationToken cancellationToken) =>
        lambda.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is AnonymousFunctionExpressionSyntax
        {
            Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } } },
        }
            ? access.Expression
            : null;

    private static IOperation WithoutImplicitConversions(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static ISymbol? SymbolOf(IOperation task) =>
        WithoutImplicitConversions(task) switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };

    /// <summary><c>task.ContinueWith(done => done.Result)</c>: the continuation runs once its antecedent has finished.</summary>
    private static bool IsContinuationAntecedent(ISymbol symbol, IOperation read, TaskTypes tasks)
    {
        if (symbol is not IParameterSymbol { Ordinal: 0, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda })
        {
            return false;
        }

        for (var operation = read.Parent; operation is not null; operation = operation.Parent)
        {
            if (operation is IAnonymousFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, lambda))
            {
                return function.Parent is IDelegateCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation continuation } }
                    && continuation.TargetMethod.Name == "ContinueWith"
                    && tasks.IsTask(continuation.TargetMethod.ContainingType);
            }
        }

        return false;
    }

    /// <summary><c>var winner = await Task.WhenAny(a, b);</c>: a task that an await produced has finished.</summary>
    private static bool IsAssignedFromAwait(ISymbol symbol, CancellationToken cancellationToken) =>
        symbol is ILocalSymbol
        && symbol.DeclaringSyntaxReferences.Any(reference =>
            reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value }
            && SkipParentheses(value) is AwaitExpressionSyntax);

    private static bool WasAwaitedOrCheckedBefore(ISymbol symbol, SyntaxNode read, SemanticModel model, CancellationToken cancellationToken)
    {
        var position = read.SpanStart;
        foreach (var scope in ScopesOf(read))
        {
            foreach (var node in scope.DescendantNodes(child => child.SpanStart < position))
            {
                if (node.SpanStart < position
                    && node is IdentifierNameSyntax identifier
                    && identifier.Identifier.ValueText == symbol.Name
                    && (IsCompletionCheck(identifier) || IsAwaited(identifier))
                    && EnclosesTheRead(FunctionOf(identifier), read)
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, symbol))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The member that holds the read, or every top-level statement for a read in one.</summary>
    private static IEnumerable<SyntaxNode> ScopesOf(SyntaxNode read)
    {
        foreach (var ancestor in read.Ancestors())
        {
            if (ancestor is GlobalStatementSyntax { Parent: CompilationUnitSyntax unit })
            {
                return unit.Members.OfType<GlobalStatementSyntax>();
            }

            if (ancestor is MemberDeclarationSyntax member)
            {
                return new[] { member };
            }
        }

        return Enumerable.Empty<SyntaxNode>();
    }

    /// <summary>
    /// Evidence counts only in the function that reads the task or in one around it: an await in another
    /// lambda says nothing about whether that lambda has run.
    /// </summary>
    private static bool EnclosesTheRead(SyntaxNode? function, SyntaxNode read) =>
        function is not null && read.Ancestors().Contains(function);

    private static SyntaxNode? FunctionOf(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case GlobalStatementSyntax:
                    return ancestor.Parent;
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax:
                    return ancestor;
            }
        }

        return null;
    }

    /// <summary>The reference as written: <c>this._task</c> for a field reached through <c>this</c>.</summary>
    private static ExpressionSyntax ReferenceOf(IdentifierNameSyntax identifier) =>
        identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access && access.Name == identifier
            ? access
            : identifier;

    /// <summary><c>task.IsCompleted</c>, or a helper named like a check that takes the task: <c>IsCompleted(task)</c>.</summary>
    private static bool IsCompletionCheck(IdentifierNameSyntax identifier) =>
        ReferenceOf(identifier) switch
        {
            { Parent: MemberAccessExpressionSyntax access } reference => access.Expression == reference && s_completionChecks.Contains(access.Name.Identifier.ValueText),
            { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax check } } } => SyntaxNames.InvokedName(check) is { } name && s_completionChecks.Contains(name),
            _ => false,
        };

    /// <summary><c>await task</c>, <c>await task.ConfigureAwait(false)</c>, <c>await Task.WhenAll(task, ...)</c>.</summary>
    private static bool IsAwaited(IdentifierNameSyntax identifier)
    {
        var awaited = ReferenceOf(identifier);
        if (WhenAllTakingPart(awaited) is { } whenAll)
        {
            awaited = whenAll;
        }

        if (awaited.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Parent: InvocationExpressionSyntax configured } access
            && access.Expression == awaited)
        {
            awaited = configured;
        }

        while (awaited.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            awaited = parenthesized;
        }

        return awaited.Parent is AwaitExpressionSyntax;
    }

    private static InvocationExpressionSyntax? WhenAllTakingPart(ExpressionSyntax reference)
    {
        if (reference.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } copy } access
            && access.Expression == reference
            && s_collectionCopies.Contains(access.Name.Identifier.ValueText))
        {
            reference = copy;
        }

        SyntaxNode? argument = reference.Parent switch
        {
            ArgumentSyntax direct => direct,
            InitializerExpressionSyntax { Parent: ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax } initializer => initializer.Parent?.Parent,
            ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } => collection.Parent,
            _ => null,
        };

        return argument is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }
            && invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "WhenAll" }
                ? invocation
                : null;
    }

    private static ExpressionSyntax SkipParentheses(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }
}
