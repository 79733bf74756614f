using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TddGuard.Analyzers.Shared;

namespace TddGuard.CodeFixes.Tdd;

/// <summary>A project of the solution that tests the production project, with the framework its tests use.</summary>
internal sealed class TestProjectCandidate
{
    private TestProjectCandidate(Project project, TestFrameworkSyntax framework)
    {
        Project = project;
        Framework = framework;
    }

    public Project Project { get; }

    public TestFrameworkSyntax Framework { get; }

    /// <summary>
    /// The C# projects that reference <paramref name="production"/> and a test framework TddGuard can write tests
    /// for (NUnit, xUnit, MSTest), in solution order.
    /// </summary>
    public static async Task<ImmutableArray<TestProjectCandidate>> FindAsync(Project production, CancellationToken cancellationToken)
    {
        var candidates = ImmutableArray.CreateBuilder<TestProjectCandidate>();
        foreach (var project in production.Solution.Projects)
        {
            if (project.Language != LanguageNames.CSharp || !project.ProjectReferences.Any(reference => reference.ProjectId == production.Id))
            {
                continue;
            }

            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is not null && TestProjects.IsTestProject(compilation) && TestFrameworkSyntax.Of(compilation) is { } framework)
            {
                candidates.Add(new TestProjectCandidate(project, framework));
            }
        }

        return candidates.ToImmutable();
    }
}
