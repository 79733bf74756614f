using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TddGuard.Check;

namespace TddGuard.Verify;

/// <summary>
/// What the user's own last build left behind when TddGuard's build files took part (the package, or a
/// <c>tddguard check</c>): each project's compiler command line in <c>obj/…/tddguard.csc</c>. When those records still
/// describe the code, <c>tddguard verify</c> compiles the red variants from them in-process and runs the tests from a
/// copy of the built test assemblies, instead of building a copy of the repository.
/// </summary>
internal static class PriorBuild
{
    /// <summary>The record's file name in the project's intermediate output folder.</summary>
    public const string RecordFileName = "tddguard.csc";

    private const string ObjFolder = "obj";
    private const string ProjectPattern = "*.csproj";

    /// <summary>
    /// The newest record of each of <paramref name="projectFolders"/>, when every one has a record, no input of its
    /// compilation (source file, project file) changed after it, each test project's assembly is there and every file
    /// of <paramref name="memberFiles"/> was compiled; otherwise the reason they cannot be used, naming files relative
    /// to <paramref name="repositoryRoot"/>.
    /// </summary>
    public static PriorBuildRecords Find(string repositoryRoot, IEnumerable<string> projectFolders, IEnumerable<string> memberFiles)
    {
        var records = new List<CompilerInvocation>();
        var configurations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var folder in projectFolders)
        {
            var (record, configuration, unusable) = Read(repositoryRoot, folder);
            if (unusable is not null)
            {
                return new PriorBuildRecords([], unusable);
            }

            records.Add(record!);
            configurations.Add(configuration!);
        }

        // A Release build of the code under a Debug build of its tests would not be what the tests ran against.
        if (configurations.Count > 1)
        {
            return new PriorBuildRecords([], $"the projects were last built in different configurations ({string.Join(", ", configurations)})");
        }

        var compiled = records.SelectMany(record => record.SourceFiles).ToHashSet(StringComparer.Ordinal);
        var missing = memberFiles.Select(file => Path.GetFullPath(file)).FirstOrDefault(file => !compiled.Contains(file));
        return missing is null ? new PriorBuildRecords(records, null)
            : new PriorBuildRecords([], $"{RepositoryPaths.Relative(repositoryRoot, missing)} is not in the last build");
    }

    /// <summary>The newest record of the project in <paramref name="folder"/> and its configuration (obj/&lt;configuration&gt;/&lt;framework&gt;/), or why there is none to use.</summary>
    private static (CompilerInvocation? Record, string? Configuration, string? Unusable) Read(string repositoryRoot, string folder)
    {
        var obj = Path.Combine(folder, ObjFolder);
        var files = Directory.Exists(obj)
            ? Directory.EnumerateFiles(obj, RecordFileName, SearchOption.AllDirectories).Select(found => new FileInfo(found)).ToList()
            : [];
        var file = files.MaxBy(found => found.LastWriteTimeUtc);
        if (file is null)
        {
            return (null, null, $"{RepositoryPaths.Relative(repositoryRoot, folder)} has no record of a build with TddGuard's build files");
        }

        // obj/<configuration>/<framework>/: which framework's assembly a test folder holds is not known, so one only.
        if (files.Select(found => found.Directory!.Name).Distinct(StringComparer.OrdinalIgnoreCase).Skip(1).Any())
        {
            return (null, null, $"{RepositoryPaths.Relative(repositoryRoot, folder)} was built for several target frameworks");
        }

        var projects = Directory.EnumerateFiles(folder, ProjectPattern).Order(StringComparer.Ordinal).ToList();
        var name = projects.Count > 0 ? Path.GetFileNameWithoutExtension(projects[0]) : Path.GetFileName(folder);
        CompilerInvocation record;
        try
        {
            record = CompilerInvocation.Read(file.FullName) with { Project = name };
        }
        catch (Exception exception) when (exception is TddGuardInputException or IOException or UnauthorizedAccessException)
        {
            return (null, null, $"the record of {name}'s last build cannot be read ({exception.Message})");
        }

        var changed = record.SourceFiles
            .Concat(projects)
            .FirstOrDefault(input => !File.Exists(input) || File.GetLastWriteTimeUtc(input) > file.LastWriteTimeUtc);
        if (changed is not null)
        {
            return (null, null, $"{RepositoryPaths.Relative(repositoryRoot, changed)} changed after the last build");
        }

        return record.IsTestProject && (record.Output is null || !File.Exists(record.Output))
            ? (null, null, $"the test assembly {record.Output ?? record.Project} of the last build is missing")
            : (record, file.Directory!.Parent?.Name ?? string.Empty, null);
    }
}

/// <summary>The records of the user's last build (<see cref="PriorBuild"/>), or why they cannot be used.</summary>
/// <param name="Records">One per project, when usable.</param>
/// <param name="Unusable">Why they cannot be used; <see langword="null"/> when they can.</param>
internal sealed record PriorBuildRecords(IReadOnlyList<CompilerInvocation> Records, string? Unusable);
