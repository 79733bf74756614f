using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// TG2012: waiting for a task synchronously: <c>.Result</c>, <c>.Wait()</c>, <c>.GetAwaiter().GetResult()</c>,
/// <c>Task.WaitAll</c> and <c>Task.WaitAny</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BlockingOnAsyncAnalyzer : DiagnosticAnalyzer
{
    internal const string AwaitAdvice = "await the task instead";

    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.BlockingOnAsync,
        title: "Blocking on async code",
        messageFormat: "'{0}' blocks the thread until the task has finished, which wastes the thread and can deadlock; {1}",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Waiting synchronously for a task holds a thread hostage, starves the thread pool under load, and deadlocks where a synchronisation context (UI, classic ASP.NET) must run the continuation the wait is waiting for. Await the task instead, all the way up. Reads of a task that has visibly finished (awaited before, completion checked, ContinueWith antecedent) are not reported.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.BlockingOnAsync));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (TaskTypes.Resolve(start.Compilation) is not { } tasks)
            {
                return;
            }

            start.RegisterSyntaxNodeAction(
                CandidateOperations.Bind<IPropertyReferenceOperation>(node => SyntaxNames.NameOf(node) == "Result", site => AnalyzeResult(site, tasks)),
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxKind.MemberBindingExpression);
            start.RegisterSyntaxNodeAction(
                CandidateOperations.Bind<IInvocationOperation>(node => SyntaxNames.InvokedName(node) is "Wait" or "WaitAll" or "WaitAny" or "GetResult", site => AnalyzeInvocation(site, tasks)),
                SyntaxKind.InvocationExpression);
        });
    }

    private static void AnalyzeResult(OperationSite<IPropertyReferenceOperation> context, TaskTypes tasks)
    {
        var reference = context.Operation;
        if (reference.Property.Name == "Result" && reference.Instance is { } task && tasks.IsTaskWithResult(reference.Property.ContainingType))
        {
            ReportUnlessCompleted(context, task, tasks, "Result", AwaitAdvice);
        }
    }

    private static void AnalyzeInvocation(OperationSite<IInvocationOperation> context, TaskTypes tasks)
    {
        var invocation = context.Operation;
        var method = invocation.TargetMethod;
        switch (method.Name)
        {
            case "Wait" when invocation.Instance is { } task && tasks.IsTask(method.ContainingType):
                ReportUnlessCompleted(context, task, tasks, "Wait", AwaitAdvice);
                break;
            case "WaitAll" or "WaitAny" when method.IsStatic && SymbolEqualityComparer.Default.Equals(method.ContainingType, tasks.Task):
                Report(context, method.Name, method.Name == "WaitAll" ? "await Task.WhenAll instead" : "await Task.WhenAny instead");
                break;
            case "GetResult" when invocation.Instance is IInvocationOperation { TargetMethod.Name: "GetAwaiter", Instance: { } awaitable }
                                  && tasks.IsTaskOrConfiguredTask(awaitable.Type):
                ReportUnlessCompleted(context, WithoutConfigureAwait(awaitable), tasks, "GetResult", AwaitAdvice);
                break;
        }
    }

    private static IOperation WithoutConfigureAwait(IOperation awaitable) =>
        awaitable is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } task } ? task : awaitable;

    private static void ReportUnlessCompleted<TOperation>(OperationSite<TOperation> context, IOperation task, TaskTypes tasks, string member, string advice)
        where TOperation : class, IOperation
    {
        if (!CompletedTaskEvidence.IsKnownToHaveCompleted(task, context.Operation, tasks, context.CancellationToken))
        {
            Report(context, member, advice);
        }
    }

    private static void Report<TOperation>(OperationSite<TOperation> context, string member, string advice)
        where TOperation : class, IOperation
    {
        var syntax = context.Operation.Syntax is InvocationExpressionSyntax invocation ? invocation.Expression : context.Operation.Syntax;
        var location = syntax switch
        {
            MemberAccessExpressionSyntax access => access.Name.GetLocation(),
            MemberBindingExpressionSyntax binding => binding.Name.GetLocation(),
            _ => syntax.GetLocation(),
        };
        context.ReportDiagnostic(Diagnostic.Create(s_rule, location, member, advice));
    }
}
