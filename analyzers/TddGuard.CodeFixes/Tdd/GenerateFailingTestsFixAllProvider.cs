using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TddGuard.CodeFixes.Tdd;

/// <summary>
/// Fix All for <see cref="GenerateFailingTestFixer"/>. The changes land in another project than the diagnostics,
/// so a per-document provider does not fit: this gathers every TG1001/TG1002 in scope and writes one test class per
/// type with one test per member, into the test project the chosen action named (or a project's only one).
/// </summary>
internal sealed class GenerateFailingTestsFixAllProvider : FixAllProvider
{
    /// <inheritdoc />
    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        [FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution];

    /// <inheritdoc />
    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var testProjectName = GenerateFailingTestFixer.TestProjectNameOf(fixAllContext.CodeActionEquivalenceKey);
        var title = testProjectName is null ? "Generate failing tests" : $"Generate failing tests in {testProjectName}";
        return Task.FromResult<CodeAction?>(CodeAction.Create(
            title,
            cancellationToken => FixAllAsync(fixAllContext, testProjectName, cancellationToken),
            fixAllContext.CodeActionEquivalenceKey));
    }

    private static async Task<Solution> FixAllAsync(FixAllContext context, string? testProjectName, CancellationToken cancellationToken)
    {
        var original = context.Solution;
        var solution = original;
        var diagnostics = await DiagnosticsInScopeAsync(context).ConfigureAwait(false);
        foreach (var projectDiagnostics in diagnostics.GroupBy(diagnostic => original.GetDocument(diagnostic.Location.SourceTree)?.Project))
        {
            if (projectDiagnostics.Key is not { } production)
            {
                continue;
            }

            var candidates = await TestProjectCandidate.FindAsync(production, cancellationToken).ConfigureAwait(false);
            var candidate = candidates.FirstOrDefault(project => project.Project.Name == testProjectName)
                ?? (candidates.Length == 1 ? candidates[0] : null);
            if (candidate is null)
            {
                continue;
            }

            var targets = await TargetsAsync(production, projectDiagnostics, cancellationToken).ConfigureAwait(false);
            foreach (var typeTargets in targets.GroupBy(target => target.Type, SymbolEqualityComparer.Default))
            {
                var onePerSubject = typeTargets.GroupBy(target => target.Subject, SymbolEqualityComparer.Default).Select(subject => subject.First()).ToList();
                solution = await FailingTestWriter.WriteAsync(solution, candidate, onePerSubject, cancellationToken).ConfigureAwait(false);
            }
        }

        return solution;
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsInScopeAsync(FixAllContext context)
    {
        var projects = context.Scope switch
        {
            FixAllScope.Solution => context.Solution.Projects,
            _ => [context.Project],
        };
        var diagnostics = new List<Diagnostic>();
        foreach (var project in projects)
        {
            diagnostics.AddRange(context.Scope == FixAllScope.Document && context.Document is { } document
                ? await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)
                : await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
        }

        return diagnostics
            .Where(diagnostic => diagnostic.Location.IsInSource)
            .OrderBy(diagnostic => diagnostic.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    private static async Task<List<TestTarget>> TargetsAsync(Project production, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var targets = new List<TestTarget>();
        foreach (var diagnostic in diagnostics)
        {
            var document = production.GetDocument(diagnostic.Location.SourceTree);
            if (document is not null && await TestTarget.FromDiagnosticAsync(document, diagnostic, cancellationToken).ConfigureAwait(false) is { } target)
            {
                targets.Add(target);
            }
        }

        return targets;
    }
}
