using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;

namespace TddGuard.Evidence;

/// <summary>
/// Reads test results (TRX, NUnit 3, JUnit) and coverage (Cobertura). A file that cannot be read becomes an
/// <see cref="InputProblem"/> naming it; the other files are still used.
/// </summary>
/// <param name="maxFileBytes">The largest file read; larger ones are reported unread.</param>
public sealed class EvidenceLoader(long maxFileBytes = EvidenceLoader.DefaultMaxFileBytes)
{
    /// <summary>256 MiB: far above any real TRX or Cobertura file, far below what would exhaust memory.</summary>
    public const long DefaultMaxFileBytes = 256L * 1024 * 1024;

    /// <summary>Reads the files <paramref name="request"/> names under <paramref name="repositoryRoot"/>.</summary>
    public async Task<Evidence> LoadAsync(string repositoryRoot, EvidenceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<InputProblem>();
        var resultFiles = Resolve(repositoryRoot, request.ResultPatterns, request.IsDiscovery, problems);
        var coverageFiles = Resolve(repositoryRoot, request.CoveragePatterns, request.IsDiscovery, problems);
        var collector = new EvidenceCollector(request.IsDiscovery);
        foreach (var file in resultFiles.Union(coverageFiles).Order(StringComparer.Ordinal))
        {
            var displayPath = RepositoryPaths.Relative(repositoryRoot, file);
            var expected = new ExpectedKinds(resultFiles.Contains(file), coverageFiles.Contains(file));
            var problem = await TryReadAsync(file, displayPath, expected, collector, cancellationToken).ConfigureAwait(false);
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return collector.ToEvidence(problems);
    }

    private static HashSet<string> Resolve(string repositoryRoot, IReadOnlyList<string> patterns, bool isDiscovery, List<InputProblem> problems)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            var matches = Glob.Files(repositoryRoot, pattern);
            if (matches.Count == 0 && !isDiscovery)
            {
                problems.Add(new InputProblem(SourceLocation.StartOf(pattern), $"The pattern '{pattern}' matched no file."));
            }

            files.UnionWith(matches);
        }

        return files;
    }

    private async Task<InputProblem?> TryReadAsync(
        string file,
        string displayPath,
        ExpectedKinds expected,
        EvidenceCollector collector,
        CancellationToken cancellationToken)
    {
        try
        {
            if (new FileInfo(file).Length > maxFileBytes)
            {
                return Problem(displayPath, $"{displayPath} is larger than the {maxFileBytes.ToString(CultureInfo.InvariantCulture)} bytes TddGuard reads; it was skipped.");
            }

            var document = await SafeXml.LoadAsync(file, maxFileBytes, cancellationToken).ConfigureAwait(false);
            var rejection = collector.Add(document, expected, displayPath);
            return rejection is null ? null : Problem(displayPath, $"{displayPath} {rejection}");
        }
        catch (XmlException exception)
        {
            var location = new SourceLocation(displayPath, Math.Max(exception.LineNumber, TextPosition.Start.Line), Math.Max(exception.LinePosition, TextPosition.Start.Column));
            return new InputProblem(location, $"{displayPath} is not well-formed XML, declares a DTD or nests too deeply, and was skipped: {exception.Message}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return Problem(displayPath, $"{displayPath} could not be read and was skipped: {exception.Message}");
        }
    }

    private static InputProblem Problem(string displayPath, string message) => new(SourceLocation.StartOf(displayPath), message);
}
