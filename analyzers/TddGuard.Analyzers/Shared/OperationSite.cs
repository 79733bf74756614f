using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace TddGuard.Analyzers.Shared;

/// <summary>
/// An operation found from its syntax, with what an operation action would have been given for it.
/// </summary>
/// <remarks>
/// Why not operation actions: the compiler builds the operation tree of every method body, binding it once more
/// than the build does, as soon as one analyzer registers one; that alone added about 15% to a build of the
/// benchmark corpus. A syntax-node action rules out almost every node by its text and asks the semantic model
/// only about the few candidates left, so only the bodies that hold a candidate are bound again.
/// </remarks>
internal readonly struct OperationSite<TOperation>(TOperation operation, SyntaxNodeAnalysisContext context)
    where TOperation : class, IOperation
{
    public TOperation Operation { get; } = operation;

    public ISymbol? ContainingSymbol => context.ContainingSymbol;

    public Compilation Compilation => context.Compilation;

    public CancellationToken CancellationToken => context.CancellationToken;

    public void ReportDiagnostic(Diagnostic diagnostic) => context.ReportDiagnostic(diagnostic);
}

/// <summary>Syntax-node actions that bind only the candidates their syntax cannot rule out.</summary>
internal static class CandidateOperations
{
    /// <summary>
    /// A syntax-node action that asks the semantic model for the operation of a node <paramref name="isCandidate"/>
    /// accepts, and hands it to <paramref name="analyze"/> when it is a <typeparamref name="TOperation"/>. The
    /// operation of a statement the compiler wraps (<c>throw</c> as an expression statement) is unwrapped.
    /// </summary>
    public static Action<SyntaxNodeAnalysisContext> Bind<TOperation>(Func<SyntaxNode, bool> isCandidate, Action<OperationSite<TOperation>> analyze)
        where TOperation : class, IOperation =>
        Bind<TOperation>((SyntaxNodeAnalysisContext context) => isCandidate(context.Node), analyze);

    /// <summary>
    /// As <see cref="Bind{TOperation}(Func{SyntaxNode, bool}, Action{OperationSite{TOperation}})"/>, for a
    /// candidate test that needs more than the node's text: declared symbols, never the semantic model's view of
    /// the node itself (that binds the body the test is there to spare).
    /// </summary>
    public static Action<SyntaxNodeAnalysisContext> Bind<TOperation>(Func<SyntaxNodeAnalysisContext, bool> isCandidate, Action<OperationSite<TOperation>> analyze)
        where TOperation : class, IOperation =>
        context =>
        {
            if (!isCandidate(context))
            {
                return;
            }

            var operation = context.SemanticModel.GetOperation(context.Node, context.CancellationToken);
            if (operation is IExpressionStatementOperation { IsImplicit: true, Operation: TOperation wrapped })
            {
                operation = wrapped;
            }

            if (operation is TOperation found)
            {
                analyze(new OperationSite<TOperation>(found, context));
            }
        };
}
