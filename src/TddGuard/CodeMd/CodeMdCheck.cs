using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using TddGuard.Evidence;
using TddGuard.Reconciliation;
using TddGuard.TestMap;
using TddGuard.Todo;

namespace TddGuard.CodeMd;

/// <summary>
/// The application service behind <c>tddguard codemd</c>: describes the code in the design document's generated
/// regions, writing them (never the text around them) or, in check mode, reporting what a write would change.
/// </summary>
/// <param name="git">Runs git, to tell names that were code from names that never were (TG3102).</param>
public sealed class CodeMdCheck(IGitRunner git)
{
    private const string NewDocumentHeader = "# Design of the code\n\nWhat the code is and why it is shaped so.\n";

    private static readonly UTF8Encoding s_newDocumentEncoding = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Runs the command as <paramref name="options"/> say.</summary>
    /// <exception cref="TddGuardInputException">The repository, the code, the checklist or the item cannot be used.</exception>
    public async Task<CodeMdReport> RunAsync(CodeMdOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = Path.GetFullPath(options.RepositoryRoot);
        if (!Directory.Exists(root))
        {
            throw new TddGuardInputException($"The repository {options.RepositoryRoot} does not exist: pass it with --repo.");
        }

        var documentFile = Path.GetFullPath(options.DocumentPath, root);
        var displayPath = RepositoryPaths.Relative(root, documentFile);
        var exists = File.Exists(documentFile);
        var original = exists
            ? await DocumentFile.ReadAsync(documentFile, displayPath, cancellationToken).ConfigureAwait(false)
            : new DocumentText(string.Empty, s_newDocumentEncoding);
        var document = MarkerDocument.Parse(original.Text);
        if (document.Problems.Count > 0)
        {
            var broken = document.Problems.Select(problem => CodeMdRules.BrokenMarkers.At(new SourceLocation(displayPath, problem.Line, 1), problem.Message, null));
            return new CodeMdReport(displayPath, [.. broken], [], IsUpToDate: false, Written: false);
        }

        var (model, problems) = await CodeModelBuilder.BuildAsync(root, CodePath(root, options.CodePath), cancellationToken).ConfigureAwait(false);
        var regions = await RegionsAsync(root, options, document, model, cancellationToken).ConfigureAwait(false);
        var updated = exists ? document.Update(regions, IsGeneratedKind) : MarkerDocument.Parse(NewDocumentHeader).Update(regions, IsGeneratedKind);
        var findings = exists
            ? await FindingsAsync(new CodeHistory(git, root), new Comparison(displayPath, document, regions), model, options.CheckOnly, cancellationToken).ConfigureAwait(false)
            : Missing(displayPath, options.CheckOnly);
        var isUpToDate = exists && updated == original.Text;
        var write = !options.CheckOnly && !isUpToDate;
        if (write)
        {
            await DocumentFile.WriteAtomicallyAsync(documentFile, displayPath, original with { Text = updated }, cancellationToken).ConfigureAwait(false);
        }

        return new CodeMdReport(displayPath, findings, problems, isUpToDate, write);
    }

    /// <summary>The solution or folder to describe: the given path, else the repository's only solution, else the repository.</summary>
    internal static string CodePath(string root, string? codePath)
    {
        if (codePath is not null)
        {
            return Path.GetFullPath(codePath, root);
        }

        var solutions = Directory.EnumerateFiles(root).Where(ProjectDiscovery.IsSolution).ToList();
        return solutions.Count == 1 ? solutions[0] : root;
    }

    private static bool IsGeneratedKind(string name) =>
        name == CodeMdRenderer.OverviewRegion || name.StartsWith(CodeMdRenderer.NamespacePrefix, StringComparison.Ordinal);

    private static async Task<List<KeyValuePair<string, string>>> RegionsAsync(string root, CodeMdOptions options, MarkerDocument document, CodeModel model, CancellationToken cancellationToken)
    {
        var regions = new List<KeyValuePair<string, string>> { new(CodeMdRenderer.OverviewRegion, CodeMdRenderer.Overview(model)) };
        regions.AddRange(model.Namespaces.Select(space => new KeyValuePair<string, string>(CodeMdRenderer.NamespacePrefix + space.Name, CodeMdRenderer.Namespace(space))));
        var itemKeys = document.Regions.Select(region => region.RegionName!)
            .Where(name => name.StartsWith(CodeMdRenderer.ItemPrefix, StringComparison.Ordinal))
            .Select(name => name[CodeMdRenderer.ItemPrefix.Length..])
            .ToList();
        if (options.ItemKey is { } requested && !itemKeys.Contains(requested, TodoKeys.Comparer))
        {
            itemKeys.Add(requested);
        }

        if (itemKeys.Count == 0)
        {
            return regions;
        }

        var todo = await TodoFile.ReadAsync(root, options.TodoPath, cancellationToken).ConfigureAwait(false);
        var catalog = await TestSourceDiscovery.ScanAsync(root, cancellationToken).ConfigureAwait(false);
        foreach (var key in itemKeys)
        {
            var item = todo.Items.FirstOrDefault(candidate => TodoKeys.Comparer.Equals(candidate.Key, key));
            if (item is null && TodoKeys.Comparer.Equals(key, options.ItemKey))
            {
                throw new TddGuardInputException($"{todo.Path} has no item '{key}': pass the ID (or exact text) of a checklist entry with --item.");
            }

            regions.AddRange(item is null ? [] : [new KeyValuePair<string, string>(CodeMdRenderer.ItemPrefix + key, ItemCode.Region(item, catalog, model))]);
        }

        return regions;
    }

    private static List<Finding> Missing(string path, bool checkOnly) =>
        checkOnly ? [CodeMdRules.Missing.At(SourceLocation.StartOf(path), $"{path} does not exist: run tddguard codemd to write it.", null)] : [];

    private static async Task<List<Finding>> FindingsAsync(CodeHistory history, Comparison comparison, CodeModel model, bool checkOnly, CancellationToken cancellationToken)
    {
        var (path, document, regions) = comparison;
        var unknown = StaleNames.Find(document, model.KnownNames).ToList();
        var once = await history.OnceInCodeAsync(unknown.Select(name => name.Name), cancellationToken).ConfigureAwait(false);
        var stale = unknown.Where(name => once.Contains(name.Name))
            .Select(name => CodeMdRules.StaleName.At(SourceLocation.At(path, name.Position), $"`{name.Text}` names code that no longer exists: describe what replaced it, or remove it.", null));
        var findings = checkOnly ? stale.Concat(OutOfDate(path, document, regions)).Concat(UndescribedTypes(path, document, model)) : stale;
        return [.. findings.OrderBy(finding => finding.Id, StringComparer.Ordinal).ThenBy(finding => finding.Location.Line)];
    }

    private static IEnumerable<Finding> OutOfDate(string path, MarkerDocument document, IReadOnlyList<KeyValuePair<string, string>> regions)
    {
        var generated = regions.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        foreach (var region in document.Regions)
        {
            var name = region.RegionName!;
            var location = new SourceLocation(path, region.Line, 1);
            if (generated.TryGetValue(name, out var content) && MarkerDocument.RegionText(name, content, MarkerDocument.NewLineOf(region.Text)).TrimEnd() != region.Text.TrimEnd())
            {
                yield return CodeMdRules.OutOfDate.At(location, $"The generated part '{name}' no longer matches the code: run tddguard codemd to update it.", null);
            }
            else if (!generated.ContainsKey(name) && IsGeneratedKind(name))
            {
                yield return CodeMdRules.OutOfDate.At(location, $"The generated part '{name}' describes code that no longer exists: run tddguard codemd to remove it.", null);
            }
        }

        foreach (var (name, _) in regions.Where(pair => !document.Regions.Any(region => region.RegionName == pair.Key)))
        {
            yield return name.StartsWith(CodeMdRenderer.NamespacePrefix, StringComparison.Ordinal)
                ? CodeMdRules.Undescribed.At(SourceLocation.StartOf(path), $"The public namespace {name[CodeMdRenderer.NamespacePrefix.Length..]} is not described: run tddguard codemd to add its section.", null)
                : CodeMdRules.OutOfDate.At(SourceLocation.StartOf(path), $"The generated part '{name}' is missing: run tddguard codemd to add it.", null);
        }
    }

    /// <summary>Public types missing from their namespace's existing section (a new namespace is reported whole).</summary>
    private static IEnumerable<Finding> UndescribedTypes(string path, MarkerDocument document, CodeModel model) =>
        from space in model.Namespaces
        let region = document.Regions.FirstOrDefault(region => region.RegionName == CodeMdRenderer.NamespacePrefix + space.Name)
        where region is not null
        from type in space.Types
        where !region.Text.Contains(CodeMdRenderer.TypeRow(type), StringComparison.Ordinal)
        select CodeMdRules.Undescribed.At(new SourceLocation(path, region.Line, 1), $"The public type {type.Name} of {space.Name} is not described: run tddguard codemd to add it.", null);

    /// <summary>The document as it is and the regions the code gives now.</summary>
    private sealed record Comparison(string Path, MarkerDocument Document, IReadOnlyList<KeyValuePair<string, string>> Regions);
}
