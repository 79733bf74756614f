using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.Linq;
using TddGuard.Evidence;

namespace TddGuard.CodeMd;

/// <summary>
/// Finds the projects to describe — those of a <c>.sln</c>/<c>.slnx</c>, or every <c>*.csproj</c> under a folder —
/// and reads what their project files declare, without MSBuild.
/// </summary>
internal static partial class ProjectDiscovery
{
    private const string ProjectPattern = "*.csproj";
    private const string SolutionExtension = ".sln";
    private const string XmlSolutionExtension = ".slnx";
    private const string IncludeAttribute = "Include";
    private const string RemoveAttribute = "Remove";
    private const string PathAttribute = "Path";
    private const string PathGroup = "path";
    private const string EnabledValue = "enable";
    private const long MaxProjectCharacters = 4L * 1024 * 1024;

    private static readonly FrozenSet<string> s_skippedFolders = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "bin", "obj", "TestResults", "node_modules", "artifacts", "BenchmarkDotNet.Artifacts");

    private static readonly FrozenSet<string> s_testPackages = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "Microsoft.NET.Test.Sdk", "NUnit", "xunit", "xunit.v3", "MSTest", "MSTest.TestFramework", "TUnit");

    private static readonly FrozenSet<string> s_testFolders = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "tests", "test");

    // Hidden files are read too: on Unix a leading dot makes a file hidden, and .editorconfig is one of the build files.
    private static readonly EnumerationOptions s_thisFolderOnly = new() { IgnoreInaccessible = true, RecurseSubdirectories = false, AttributesToSkip = FileAttributes.System };

    /// <summary>The project files named by <paramref name="codePath"/> (a solution or a folder), sorted by path.</summary>
    /// <exception cref="TddGuardInputException">The path does not exist or the solution cannot be read.</exception>
    public static IReadOnlyList<string> ProjectFiles(string codePath)
    {
        if (Directory.Exists(codePath))
        {
            return [.. FilesUnder(new DirectoryInfo(codePath), ProjectPattern).Order(StringComparer.Ordinal)];
        }

        if (!File.Exists(codePath))
        {
            throw new TddGuardInputException($"The code to describe, {codePath}, does not exist: pass a solution or a folder with --code.");
        }

        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(codePath))!;
            var paths = Path.GetExtension(codePath).Equals(XmlSolutionExtension, StringComparison.OrdinalIgnoreCase)
                ? XmlSolution(codePath).Descendants().Select(element => (string?)element.Attribute(PathAttribute)).OfType<string>()
                : SolutionProject().Matches(BuildFileText.Read(codePath, codePath)).Select(match => match.Groups[PathGroup].Value);
            return [.. paths.Where(path => path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
                .Select(path => Path.GetFullPath(path.Replace('\\', '/'), folder)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or XmlException)
        {
            throw new TddGuardInputException($"The solution {codePath} could not be read: {exception.Message}", exception);
        }
    }

    /// <summary>An <c>.slnx</c> read as evidence files are: no DTD, no external resolution, bounded in size.</summary>
    /// <exception cref="TddGuardInputException">The file is larger than <see cref="BuildFileText.MaxBytes"/>.</exception>
    private static XDocument XmlSolution(string codePath) =>
        new FileInfo(codePath).Length > BuildFileText.MaxBytes
            ? throw new TddGuardInputException($"{codePath} is larger than {BuildFileText.MaxBytes} bytes, so the code was not described: TddGuard does not read it.")
            : SafeXml.Load(codePath, BuildFileText.MaxBytes);

    public static bool IsSolution(string path) =>
        Path.GetExtension(path).Equals(SolutionExtension, StringComparison.OrdinalIgnoreCase)
        || Path.GetExtension(path).Equals(XmlSolutionExtension, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a project file; an unreadable one is an <see cref="InputProblem"/> and no project.</summary>
    public static async Task<(ProjectSource? Project, InputProblem? Problem)> ReadAsync(string repositoryRoot, string projectFile, CancellationToken cancellationToken)
    {
        var displayPath = RepositoryPaths.Relative(repositoryRoot, projectFile);
        try
        {
            var xml = await SafeXml.LoadAsync(projectFile, MaxProjectCharacters, cancellationToken).ConfigureAwait(false);
            return (FromXml(repositoryRoot, projectFile, xml), null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or XmlException)
        {
            return (null, new InputProblem(SourceLocation.StartOf(displayPath), $"{displayPath} could not be read, so it is not described: {exception.Message}"));
        }
    }

    public static IEnumerable<string> FilesUnder(DirectoryInfo directory, string pattern)
    {
        var files = directory.EnumerateFiles(pattern, s_thisFolderOnly).Select(file => file.FullName);
        var nested = directory.EnumerateDirectories("*", s_thisFolderOnly)
            .Where(child => !child.Name.StartsWith('.') && !s_skippedFolders.Contains(child.Name))
            .Where(child => !child.Attributes.HasFlag(FileAttributes.ReparsePoint))
            .SelectMany(child => FilesUnder(child, pattern));
        return files.Concat(nested);
    }

    private static ProjectSource FromXml(string repositoryRoot, string projectFile, XDocument xml)
    {
        var folder = Path.GetDirectoryName(projectFile)!;
        var path = RepositoryPaths.Relative(repositoryRoot, folder);
        var elements = xml.Descendants().ToList();
        string? Property(string name) => elements.LastOrDefault(element => element.Name.LocalName == name)?.Value.Trim();
        var frameworks = (Property("TargetFrameworks") ?? Property("TargetFramework") ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var references = Items(elements, "ProjectReference", IncludeAttribute)
            .Select(reference => Path.GetFullPath(reference.Replace('\\', '/'), folder)).Order(StringComparer.Ordinal);
        var isTest = bool.TryParse(Property("IsTestProject"), out var declared)
            ? declared
            : Items(elements, "PackageReference", IncludeAttribute).Any(s_testPackages.Contains) || s_testFolders.Contains(path.Split('/')[0]);
        var removed = Items(elements, "Compile", RemoveAttribute).Select(pattern => pattern.Replace('\\', '/').TrimEnd('*').TrimEnd('/'))
            .Where(prefix => prefix.Length > 0).Select(prefix => Path.GetFullPath(prefix, folder));
        var implicitUsings = string.Equals(Property("ImplicitUsings"), EnabledValue, StringComparison.OrdinalIgnoreCase);
        return new ProjectSource(projectFile, folder, [.. references], [.. removed], implicitUsings)
        {
            Info = new ProjectInfo(Path.GetFileNameWithoutExtension(projectFile), path, frameworks, [.. references.Select(reference => RepositoryPaths.Relative(repositoryRoot, Path.GetDirectoryName(reference)!))], isTest),
        };
    }

    private static IEnumerable<string> Items(List<XElement> elements, string itemName, string attribute) =>
        elements.Where(element => element.Name.LocalName == itemName)
            .Select(element => (string?)element.Attribute(attribute)).OfType<string>();

    [GeneratedRegex(@"^Project\(""[^""]*""\)\s*=\s*""[^""]*""\s*,\s*""(?<path>[^""]+)""", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SolutionProject();
}
