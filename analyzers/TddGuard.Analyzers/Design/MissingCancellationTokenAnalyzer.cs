using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// TG2013: a public async method without a <c>CancellationToken</c> parameter that awaits a call which could
/// take one.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingCancellationTokenAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.MissingCancellationToken,
        title: "Missing CancellationToken",
        messageFormat: "'{0}' awaits '{1}', which can take a CancellationToken, but has none to pass on; add a CancellationToken parameter and forward it",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A public async method that awaits cancellable work without accepting a CancellationToken gives its callers no way to stop that work: a closed request, a timeout or a shutdown has to wait for it to finish. Add a CancellationToken parameter (optional, last) and pass it to every call that takes one.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.MissingCancellationToken));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // Public test methods are called by the test runner only, which has no token to give them.
            if (TestProjects.IsTestProject(start.Compilation) || CancellationTokenForwarding.Resolve(start.Compilation) is not { } forwarding)
            {
                return;
            }

            start.RegisterSyntaxNodeAction(nodeContext => AnalyzeMethod(nodeContext, forwarding), SyntaxKind.MethodDeclaration);
        });
    }

    private static void AnalyzeMethod(SyntaxNodeAnalysisContext context, CancellationTokenForwarding forwarding)
    {
        var declaration = (MethodDeclarationSyntax)context.Node;
        if (!declaration.Modifiers.Any(SyntaxKind.AsyncKeyword)
            || context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } method
            || !IsPublicContract(method)
            || !forwarding.Tasks.IsTask(method.ReturnType)
            || forwarding.TakesACancellationToken(method)
            || ImposedSignatures.IsImposed(method)
            || (method.IsStatic && method.Name == "Main")
            || context.SemanticModel.GetOperation(declaration, context.CancellationToken) is not { } body)
        {
            return;
        }

        var first = forwarding.FindSites(body).OrderBy(site => site.Syntax.SpanStart).FirstOrDefault();
        if (first is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(s_rule, declaration.Identifier.GetLocation(), method.Name, first.Call.TargetMethod.Name));
        }
    }

    /// <summary>Callable from outside the assembly: public or protected, in types that are too, all the way out.</summary>
    private static bool IsPublicContract(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }
}
