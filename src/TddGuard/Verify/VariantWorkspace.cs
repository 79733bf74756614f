using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Text;
using TddGuard.Check;

namespace TddGuard.Verify;

/// <summary>
/// A throw-away copy of the repository (without bin/, obj/ and .git/) in which the red variants are written and built,
/// so the user's sources and build outputs are never touched; deleted on dispose. A repository nested in a git
/// work tree (a sample with its own design/ folder) is copied with the whole work tree, whose build files it imports.
/// </summary>
internal sealed partial class VariantWorkspace : IDisposable
{
    private const string RepositoryFolder = "repository";
    private const string ResultsFolder = "results";
    private const string RecordsFolder = "records";
    private const string RecordingTargetsFile = "tddguard-records.targets";
    private const string FileGroup = "file";
    private const string LineGroup = "line";
    private const string GitFolder = ".git";

    private static readonly FrozenSet<string> s_skippedFolders = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "bin", "obj", ".git", "TestResults");

    private readonly DirectoryInfo _folder;
    private readonly string _repositoryRoot;
    private readonly string _copied;

    private VariantWorkspace(string repositoryRoot)
    {
        _repositoryRoot = repositoryRoot;
        _copied = WorkTreeOf(repositoryRoot);
        _folder = Directory.CreateTempSubdirectory("tddguard-verify-");
        Root = Path.Combine(_folder.FullName, RepositoryFolder);
        Results = Path.Combine(_folder.FullName, ResultsFolder);
        Records = Path.Combine(_folder.FullName, RecordsFolder);
    }

    /// <summary>The copy of the repository.</summary>
    public string Root { get; }

    /// <summary>Where test runs write their results.</summary>
    public string Results { get; }

    /// <summary>Where the build records each project's compiler command line, for the exact test map.</summary>
    public string Records { get; }

    /// <summary>Copies <paramref name="repositoryRoot"/> into a new temporary folder.</summary>
    public static VariantWorkspace CopyOf(string repositoryRoot)
    {
        var workspace = new VariantWorkspace(repositoryRoot);
        try
        {
            Copy(new DirectoryInfo(workspace._copied), workspace.Root);
            return workspace;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            workspace.Dispose();
            throw new TddGuardInputException($"{repositoryRoot} could not be copied for its red variants: {exception.Message}", exception);
        }
    }

    /// <summary>The copy of <paramref name="path"/>, a path in the repository.</summary>
    public string PathOf(string path) => Path.Combine(Root, Path.GetRelativePath(_copied, Path.GetFullPath(path, _repositoryRoot)));

    /// <summary>
    /// Puts <paramref name="variants"/> behind their guards in the copy, the files of <paramref name="restored"/>
    /// back as they were, and the switch into every folder of <paramref name="projectFolders"/>.
    /// </summary>
    public async Task WriteAsync(IReadOnlyList<(ProductionMember Member, int Number)> variants, IEnumerable<string> restored, IEnumerable<string> projectFolders, CancellationToken cancellationToken)
    {
        var byFile = variants.ToLookup(variant => variant.Member.Location.File, StringComparer.Ordinal);
        foreach (var file in byFile.Select(group => group.Key).Union(restored, StringComparer.Ordinal))
        {
            var original = SourceText.From(await File.ReadAllTextAsync(Path.Combine(_repositoryRoot, file), cancellationToken).ConfigureAwait(false));
            await File.WriteAllTextAsync(PathOf(file), MutantSchemata.Rewrite(original, byFile[file]), cancellationToken).ConfigureAwait(false);
        }

        foreach (var folder in projectFolders)
        {
            await File.WriteAllTextAsync(Path.Combine(PathOf(folder), MutantSchemata.SwitchFileName), MutantSchemata.SwitchSource, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Builds the copies of <paramref name="projects"/> (a solution, or the test projects, which build what they test),
    /// without analyzers and with warnings as warnings; stops at the first that fails.
    /// </summary>
    public async Task<DotnetCli.Result> BuildAsync(IReadOnlyList<string> projects, CancellationToken cancellationToken)
    {
        var result = new DotnetCli.Result(0, string.Empty);
        var recording = Path.Combine(_folder.FullName, RecordingTargetsFile);
        await File.WriteAllTextAsync(recording, BuildInjection.RecordingTargets(Records), cancellationToken).ConfigureAwait(false);
        foreach (var project in projects)
        {
            result = await DotnetCli.RunAsync(
                Root,
                ["build", PathOf(project), "-nologo", "-v:q", "-clp:NoSummary", "-p:RunAnalyzers=false", "-p:TreatWarningsAsErrors=false", "-p:TddGuardEnabled=false", $"-p:{BuildInjection.Property}={recording}"],
                cancellationToken).ConfigureAwait(false);
            if (result.ExitCode != 0)
            {
                return result;
            }
        }

        return result;
    }

    /// <summary>
    /// What the tests run from: the test assemblies the build recorded (<paramref name="records"/>, read from
    /// <see cref="Records"/>), so that no run evaluates a project again; the copies of <paramref name="testProjectFiles"/>
    /// when it recorded none that exists.
    /// </summary>
    public IReadOnlyList<string> TestTargets(IReadOnlyList<CompilerInvocation> records, IEnumerable<string> testProjectFiles)
    {
        var assemblies = records
            .Where(invocation => invocation.IsTestProject && invocation.Output is not null && File.Exists(invocation.Output))
            .Select(invocation => invocation.Output!)
            .Order(StringComparer.Ordinal)
            .ToList();
        return assemblies.Count > 0 ? assemblies : [.. testProjectFiles.Select(PathOf)];
    }

    /// <summary>The places (relative to the repository, 1-based line) of the compiler errors in <paramref name="buildOutput"/>.</summary>
    public IReadOnlyList<(string File, int Line)> ErrorPlaces(string buildOutput) =>
        [.. CompilerLogReader.BuildErrors(buildOutput)
            .Select(line => ErrorPlace().Match(line))
            .Where(match => match.Success)
            .Select(match => (RepositoryPaths.Relative(PathOf(_repositoryRoot), match.Groups[FileGroup].Value), int.Parse(match.Groups[LineGroup].Value, System.Globalization.CultureInfo.InvariantCulture)))];

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>The git work tree that holds <paramref name="repositoryRoot"/>, or the repository itself outside git.</summary>
    private static string WorkTreeOf(string repositoryRoot)
    {
        for (var folder = new DirectoryInfo(repositoryRoot); folder is not null; folder = folder.Parent)
        {
            if (Path.Exists(Path.Combine(folder.FullName, GitFolder)))
            {
                return folder.FullName;
            }
        }

        return repositoryRoot;
    }

    private static void Copy(DirectoryInfo source, string destination) =>
        CopyFolder(source, destination, folder => !s_skippedFolders.Contains(folder.Name));

    /// <summary>
    /// Copies <paramref name="source"/> into <paramref name="destination"/> with the subfolders <paramref name="include"/>
    /// accepts; a linked folder is never followed, so nothing outside <paramref name="source"/> is copied.
    /// </summary>
    internal static void CopyFolder(DirectoryInfo source, string destination, Func<DirectoryInfo, bool> include)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in source.EnumerateFiles())
        {
            _ = file.CopyTo(Path.Combine(destination, file.Name));
        }

        foreach (var folder in source.EnumerateDirectories().Where(folder => include(folder) && !folder.Attributes.HasFlag(FileAttributes.ReparsePoint)))
        {
            CopyFolder(folder, Path.Combine(destination, folder.Name), include);
        }
    }

    [GeneratedRegex(@"^(?<file>[^(]+)\((?<line>\d+),\d+\): error", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ErrorPlace();
}
