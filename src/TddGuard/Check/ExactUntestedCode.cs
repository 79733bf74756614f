using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TddGuard.Analyzers.Tdd.Reach;
using TddGuard.Reconciliation;

namespace TddGuard.Check;

/// <summary>
/// TG1000-TG1002 decided exactly, after the build: the test projects' recorded compiler command lines are compiled
/// again, what their code binds to in each production project (<see cref="TestBindings"/>) becomes the test map
/// (<c>tddguard.testmap</c>) TddGuard's own analyzer reads over that production project. The editor only has the
/// test sources' names; this tells overloads and same-named members apart.
/// </summary>
internal static class ExactUntestedCode
{
    /// <summary>The rules decided here, which replace the build's findings of the same rules for the judged projects.</summary>
    public static readonly ImmutableHashSet<string> Rules = ["TG1000", "TG1001", "TG1002"];

    private const string MapFileName = "tddguard.testmap";
    private const string MapHeader = ReachedCodeMap.CompleteHeader + "\n# Everything the test projects reach in the production projects (members, types in use), written by tddguard check.";

    /// <summary>Judges every production project some recorded test project references.</summary>
    /// <param name="logs">The folder of the recorded command lines (<c>&lt;project&gt;/&lt;framework&gt;.csc</c>).</param>
    /// <param name="analyzerPath">TddGuard's analyzer assembly.</param>
    /// <param name="repositoryRoot">What finding locations are relative to.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    public static async Task<ExactJudgement> JudgeAsync(string logs, string analyzerPath, string repositoryRoot, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        var compilations = CompileRecords(logs, notes, cancellationToken);
        var production = compilations.Where(compiled => !compiled.Invocation.IsTestProject).ToList();
        var tests = compilations.Where(compiled => compiled.Invocation.IsTestProject).ToList();
        if (production.Count == 0 || tests.Count == 0)
        {
            return new ExactJudgement([], [], notes);
        }

        var analyzers = LoadAnalyzers(analyzerPath);
        var productionNames = production.Select(compiled => compiled.Compilation.AssemblyName!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reach = new ProductionReach([.. production.Select(compiled => compiled.Compilation)], cancellationToken);
        var bindings = tests
            .Select(test => (References: test.Compilation.ReferencedAssemblyNames.Select(name => name.Name).ToHashSet(StringComparer.OrdinalIgnoreCase), Bound: Reached(test.Compilation, productionNames, reach, cancellationToken)))
            .ToList();
        var projects = new SortedSet<string>(StringComparer.Ordinal);
        var findings = new List<CheckFinding>();
        foreach (var compiled in production)
        {
            var referencing = bindings.Where(binding => binding.References.Contains(compiled.Compilation.AssemblyName!)).ToList();
            if (referencing.Count == 0)
            {
                continue;
            }

            var map = referencing.SelectMany(binding => binding.Bound).ToHashSet(StringComparer.Ordinal);

            var run = await AnalyzeAsync(compiled.Compilation, analyzers, map, cancellationToken).ConfigureAwait(false);
            if (run.Exception is not null)
            {
                notes.Add($"TG1001/TG1002 of {compiled.Invocation.Project} come from the build's name-based approximation: the exact analysis failed ({run.Exception.Message}).");
                continue;
            }

            projects.Add(compiled.Invocation.Project);
            findings.AddRange(run.Diagnostics.Select(diagnostic => Finding(diagnostic, repositoryRoot, compiled.Invocation.Project)).OfType<CheckFinding>());
        }

        return new ExactJudgement([.. projects], [.. findings.Distinct()], notes);
    }

    /// <summary>
    /// What <paramref name="tests"/> reach in the production projects: what their code binds to, and what that code
    /// calls, creates or dispatches to, into every project it references. The map lists it all, so each production
    /// project's analysis starts from the members the tests reach through other projects too.
    /// </summary>
    private static IEnumerable<string> Reached(Compilation tests, IReadOnlyCollection<string> productionNames, ProductionReach reach, CancellationToken cancellationToken) =>
        reach.From(TestBindings.Of(tests, productionNames, cancellationToken).All, cancellationToken).Keys;

    /// <summary>How the exact findings of <paramref name="project"/> compare with the build's name-based approximation.</summary>
    public static string Compare(string project, IReadOnlyCollection<CheckFinding> approximate, IReadOnlyCollection<CheckFinding> exact)
    {
        static (string Id, SourceLocation Location) Key(CheckFinding finding) => (finding.Id, finding.Location);
        var added = exact.Where(finding => !approximate.Select(Key).Contains(Key(finding))).ToList();
        var removed = approximate.Where(finding => !exact.Select(Key).Contains(Key(finding))).ToList();
        var decided = $"TG1001/TG1002 of {project} were decided from the symbols its tests bind to (exact)";
        if (added.Count == 0 && removed.Count == 0)
        {
            return $"{decided}: they agree with the editor's name-based approximation.";
        }

        var differences = new List<string>();
        if (added.Count > 0)
        {
            differences.Add($"{added.Count} the approximation missed ({Listed(added)})");
        }

        if (removed.Count > 0)
        {
            differences.Add($"{removed.Count} it reported that the tests do cover ({Listed(removed)})");
        }

        return $"{decided}: {string.Join("; ", differences)}.";
    }

    private static string Listed(IEnumerable<CheckFinding> findings) =>
        string.Join(", ", findings.Select(finding => $"{finding.Id} {finding.Location.File}:{finding.Location.Line}"));

    /// <summary>Every recorded command line under <paramref name="logs"/> compiled again; one that cannot be is a note.</summary>
    public static List<(CompilerInvocation Invocation, Compilation Compilation)> CompileRecords(string logs, List<string> notes, CancellationToken cancellationToken) =>
        Compile(new RecordCompilations(ReadRecords(logs)), notes, cancellationToken);

    /// <summary>Every command line recorded under <paramref name="logs"/>, in path order.</summary>
    public static IReadOnlyList<CompilerInvocation> ReadRecords(string logs) =>
        Directory.Exists(logs)
            ? [.. Directory.EnumerateFiles(logs, "*" + CompilerInvocation.Extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(CompilerInvocation.Read)]
            : [];

    /// <summary>Each record of <paramref name="compilations"/> compiled, or taken as compiled already; one that cannot be is a note.</summary>
    public static List<(CompilerInvocation Invocation, Compilation Compilation)> Compile(RecordCompilations compilations, List<string> notes, CancellationToken cancellationToken)
    {
        var compiled = new List<(CompilerInvocation, Compilation)>();
        foreach (var invocation in compilations.Records)
        {
            try
            {
                compiled.Add((invocation, compilations.Compile(invocation, cancellationToken)));
            }
            catch (TddGuardInputException exception)
            {
                notes.Add($"{invocation.Project} could not be compiled again for the exact test map, which leaves it out (its TG1001/TG1002 are the build's name-based ones): {exception.Message}");
            }
        }

        return compiled;
    }

    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, Exception? Exception)> AnalyzeAsync(
        Compilation production, ImmutableArray<DiagnosticAnalyzer> analyzers, IEnumerable<string> map, CancellationToken cancellationToken)
    {
        var text = string.Join('\n', map.Order(StringComparer.Ordinal).Prepend(MapHeader));
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([new MapText(MapFileName, text)]),
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await production.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        return (diagnostics, exceptions.TryPeek(out var first) ? first : null);
    }

    private static CheckFinding? Finding(Diagnostic diagnostic, string repositoryRoot, string project)
    {
        if (!Rules.Contains(diagnostic.Id) || diagnostic.Severity == DiagnosticSeverity.Hidden)
        {
            return null;
        }

        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => FindingSeverity.Error,
            DiagnosticSeverity.Warning => FindingSeverity.Warning,
            _ => FindingSeverity.Note,
        };
        var span = diagnostic.Location.GetLineSpan();
        var location = diagnostic.Location.IsInSource
            ? new SourceLocation(RepositoryPaths.Relative(repositoryRoot, span.Path), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1)
            : SourceLocation.StartOf(project);
        return new CheckFinding(diagnostic.Id, severity, diagnostic.GetMessage(CultureInfo.InvariantCulture), location, project);
    }

    /// <summary>The analyzers of the shipped assembly that decide the rules judged here.</summary>
    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers(string analyzerPath)
    {
        if (!File.Exists(analyzerPath))
        {
            throw new TddGuardInputException($"TddGuard's analyzers are missing ({analyzerPath} does not exist): reinstall the tool.");
        }

        return [.. new AnalyzerFileReference(analyzerPath, new DefaultContextLoader())
            .GetAnalyzers(Microsoft.CodeAnalysis.LanguageNames.CSharp)
            .Where(analyzer => analyzer.SupportedDiagnostics.Any(descriptor => Rules.Contains(descriptor.Id)))];
    }

    /// <summary>Loads the analyzer assembly once into the default context, where this Roslyn already is.</summary>
    private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
            // The analyzer assembly depends on Roslyn only, which is loaded already.
        }

        public Assembly LoadFromPath(string fullPath)
        {
            var name = AssemblyName.GetAssemblyName(fullPath);
            return AssemblyLoadContext.Default.Assemblies.FirstOrDefault(loaded => AssemblyName.ReferenceMatchesDefinition(loaded.GetName(), name))
                ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
        }
    }

    private sealed class MapText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}

/// <summary>What the exact analysis decided.</summary>
/// <param name="Projects">The production projects judged (their TG1000-TG1002 findings replace the build's).</param>
/// <param name="Findings">Their TG1000-TG1002 findings.</param>
/// <param name="Notes">What could not be judged exactly, and why.</param>
internal sealed record ExactJudgement(IReadOnlyList<string> Projects, IReadOnlyList<CheckFinding> Findings, IReadOnlyList<string> Notes);
