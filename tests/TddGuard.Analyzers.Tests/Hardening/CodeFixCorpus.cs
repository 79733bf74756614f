using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TddGuard.CodeFixes.Design;

namespace TddGuard.Analyzers.Tests.Hardening;

/// <summary>The decompiled corpus as a workspace project, and every TddGuard code fix offered on its findings, computed to the end.</summary>
internal static class CodeFixCorpus
{
    private static readonly ImmutableArray<CodeFixProvider> s_fixers =
        [.. typeof(InvertIfToReduceNestingFixer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type) && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)];

    /// <summary>One project holding the assembly's decompiled files; returns its first document.</summary>
    public static Document Load(string assemblyName) =>
        CreateProject(assemblyName, DecompiledCorpus.Files(assemblyName).Select(path => (Path.GetFileName(path), File.ReadAllText(path), (string?)path))).Documents.First();

    /// <summary>One project holding the given sources (broken variants), named by their number.</summary>
    public static Project LoadVariants(IReadOnlyList<string> sources, CorpusRole role = CorpusRole.Production) =>
        CreateProject("Variants", sources.Select((source, number) => (string.Create(CultureInfo.InvariantCulture, $"Variant{number}.cs"), source, (string?)null)), role);

    private static Project CreateProject(string name, IEnumerable<(string Name, string Text, string? Path)> files, CorpusRole role = CorpusRole.Production)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            name,
            name,
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: DecompiledCorpus.References(role)));
        var solution = workspace.CurrentSolution;
        foreach (var file in files)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(project.Id), file.Name, SourceText.From(file.Text), filePath: file.Path);
        }

        return solution.GetProject(project.Id)!;
    }

    public static async Task<FixRun> ApplyEveryFixAsync(Project project, ImmutableArray<Diagnostic> findings)
    {
        var appliedByRule = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var finding in findings.Where(finding => finding.Location.IsInSource))
        {
            var document = project.GetDocument(finding.Location.SourceTree);
            if (document is null)
            {
                continue;
            }

            foreach (var fixer in s_fixers.Where(fixer => fixer.FixableDiagnosticIds.Contains(finding.Id)))
            {
                try
                {
                    appliedByRule[finding.Id] = appliedByRule.GetValueOrDefault(finding.Id) + await ComputeFixesAsync(fixer, document, finding);
                }
                catch (Exception exception)
                {
                    // The point of the test: every exception is collected and reported with the finding it came from.
                    failures.Add($"{fixer.GetType().Name} on {finding}: {exception}");
                }
            }
        }

        return new FixRun(appliedByRule, failures);
    }

    private static async Task<int> ComputeFixesAsync(CodeFixProvider fixer, Document document, Diagnostic finding)
    {
        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, finding, (action, _) => actions.Add(action), CancellationToken.None));
        foreach (var action in actions)
        {
            foreach (var change in (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>())
            {
                foreach (var changed in change.ChangedSolution.GetChanges(document.Project.Solution).GetProjectChanges().SelectMany(projectChange => projectChange.GetChangedDocuments()))
                {
                    _ = await change.ChangedSolution.GetDocument(changed)!.GetTextAsync(CancellationToken.None);
                }
            }
        }

        return actions.Count;
    }
}

internal sealed record FixRun(IReadOnlyDictionary<string, int> AppliedByRule, IReadOnlyList<string> Failures)
{
    /// <summary>How many fixes were computed to the end, over all rules.</summary>
    public int Applied => AppliedByRule.Values.Sum();
}
