using System;
using System.Collections.Generic;
using System.Linq;

namespace TddGuard.Reporting;

/// <summary>The writer for each format, and the formats' names on the command line.</summary>
public static class ReportWriters
{
    /// <summary>The formats' names, lower case, as the command line accepts them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<ReportFormat>().Select(format => format.ToString().ToLowerInvariant())];

    /// <summary>The writer for <paramref name="format"/>.</summary>
    /// <param name="format">The format to write.</param>
    /// <param name="repositoryRoot">The repository's folder, for the formats that write full paths.</param>
    public static IReportWriter For(ReportFormat format, string repositoryRoot = "") => format switch
    {
        ReportFormat.MsBuild => new MsBuildReportWriter(repositoryRoot),
        ReportFormat.Json => new JsonReportWriter(),
        ReportFormat.Sarif => new SarifReportWriter(),
        ReportFormat.Markdown => new MarkdownReportWriter(),
        _ => new TextReportWriter(),
    };

    /// <summary>The format named <paramref name="name"/>, whatever its case.</summary>
    /// <exception cref="ArgumentException">No format has that name.</exception>
    public static ReportFormat Parse(string name) =>
        Enum.TryParse<ReportFormat>(name, ignoreCase: true, out var format) && Enum.IsDefined(format)
            ? format
            : throw new ArgumentException($"'{name}' is not a report format: use one of {string.Join(", ", Names)}.", nameof(name));
}
