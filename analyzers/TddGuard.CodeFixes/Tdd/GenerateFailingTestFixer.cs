using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using TddGuard.Analyzers.Shared;

namespace TddGuard.CodeFixes.Tdd;

/// <summary>
/// TG1001/TG1002 fix: writes a failing test for the untested member (or a first one for the untested type) into
/// the test project that references this project, in that project's framework, and opens it. One action per such
/// test project; none when there is none.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(GenerateFailingTestFixer)), Shared]
public sealed class GenerateFailingTestFixer : CodeFixProvider
{
    private const string EquivalenceKeyPrefix = nameof(GenerateFailingTestFixer) + ":";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds =>
        ImmutableArray.Create(RuleIdentifiers.UntestedMember, RuleIdentifiers.UntestedType);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => new GenerateFailingTestsFixAllProvider();

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var candidates = await TestProjectCandidate.FindAsync(context.Document.Project, context.CancellationToken).ConfigureAwait(false);
        if (candidates.IsEmpty)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var target = await TestTarget.FromDiagnosticAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
            if (target is null)
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                var title = diagnostic.Id == RuleIdentifiers.UntestedType ? "Generate failing test fixture" : "Generate failing test";
                context.RegisterCodeFix(
                    CodeAction.Create(
                        candidates.Length > 1 ? $"{title} in {candidate.Project.Name}" : title,
                        cancellationToken => FailingTestWriter.WriteAsync(context.Document.Project.Solution, candidate, [target], cancellationToken),
                        EquivalenceKeyFor(candidate.Project)),
                    diagnostic);
            }
        }
    }

    /// <summary>One key per test project: Fix All writes every test into the project the user picked.</summary>
    internal static string EquivalenceKeyFor(Project testProject) => EquivalenceKeyPrefix + testProject.Name;

    /// <summary>The test project's name an equivalence key of this fixer names, else <see langword="null"/>.</summary>
    internal static string? TestProjectNameOf(string? equivalenceKey) =>
        equivalenceKey is not null && equivalenceKey.StartsWith(EquivalenceKeyPrefix, System.StringComparison.Ordinal)
            ? equivalenceKey.Substring(EquivalenceKeyPrefix.Length)
            : null;
}
