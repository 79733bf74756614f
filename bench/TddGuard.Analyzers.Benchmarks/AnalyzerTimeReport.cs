using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace TddGuard.Analyzers.Benchmarks;

/// <summary>The compiler's time for one analyzer type (a <c>DiagnosticAnalyzer</c>), in seconds.</summary>
public sealed record AnalyzerTime(string Name, double Seconds);

/// <summary>The compiler's time for one analyzer assembly and for each of its analyzer types, in seconds.</summary>
public sealed record AnalyzerAssemblyTime(string Name, double Seconds, IReadOnlyList<AnalyzerTime> Analyzers);

/// <summary>
/// Reads the analyzer summary the compiler prints under <c>-p:ReportAnalyzer=true</c> (seen at <c>-v:d</c>) from a
/// build log: "Total analyzer execution time", then a line per analyzer assembly (its name with
/// <c>, Version=</c>) followed by a line per analyzer type of it (with its rule IDs in parentheses). The
/// generators' summary that follows is not read. A build that compiles several times (several target frameworks,
/// several projects) prints a summary per compilation: their times are added up per assembly and per analyzer.
/// </summary>
public static partial class AnalyzerTimeReport
{
    private const string AnalyzerSummaryStart = "Total analyzer execution time:";
    private const string GeneratorSummaryStart = "Total generator execution time:";
    private const string AssemblyNameEnd = ", Version=";

    /// <summary>The analyzer assemblies the summaries of <paramref name="log"/> name, the slowest first; empty when there is none.</summary>
    public static IReadOnlyList<AnalyzerAssemblyTime> Parse(IEnumerable<string> log)
    {
        var summary = new Summary();
        var inSummary = false;
        foreach (var line in log)
        {
            if (line.Contains(AnalyzerSummaryStart, StringComparison.Ordinal))
            {
                inSummary = true;
                summary.StartCompilation();
            }
            else if (line.Contains(GeneratorSummaryStart, StringComparison.Ordinal))
            {
                inSummary = false;
            }
            else if (inSummary && TimeLine().Match(line) is { Success: true } match)
            {
                summary.Add(match.Groups["name"].Value.Trim(), double.Parse(match.Groups["seconds"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            }
        }

        return summary.Times();
    }

    /// <summary>The seconds of the assembly named <paramref name="name"/>; 0 when the report does not name it (it did not run).</summary>
    public static double SecondsOf(IReadOnlyList<AnalyzerAssemblyTime> report, string name) =>
        report.FirstOrDefault(assembly => assembly.Name == name)?.Seconds ?? 0;

    /// <summary>The times read so far, added up per assembly and per analyzer type over the compilations.</summary>
    private sealed class Summary
    {
        private readonly Dictionary<string, double> _assemblies = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, double>> _analyzers = new(StringComparer.Ordinal);
        private string? _assembly;

        public void StartCompilation() => _assembly = null;

        /// <summary>An assembly's line (its name holds <c>, Version=</c>), or the line of an analyzer type of the last assembly.</summary>
        public void Add(string name, double seconds)
        {
            var versionAt = name.IndexOf(AssemblyNameEnd, StringComparison.Ordinal);
            if (versionAt >= 0)
            {
                _assembly = name[..versionAt];
                _assemblies[_assembly] = _assemblies.GetValueOrDefault(_assembly) + seconds;
                if (!_analyzers.ContainsKey(_assembly))
                {
                    _analyzers[_assembly] = new Dictionary<string, double>(StringComparer.Ordinal);
                }
            }
            else if (_assembly is not null)
            {
                var type = TypeName(name);
                _analyzers[_assembly][type] = _analyzers[_assembly].GetValueOrDefault(type) + seconds;
            }
        }

        public List<AnalyzerAssemblyTime> Times() => _assemblies
            .Select(assembly => new AnalyzerAssemblyTime(
                assembly.Key,
                assembly.Value,
                _analyzers[assembly.Key].Select(analyzer => new AnalyzerTime(analyzer.Key, analyzer.Value)).OrderByDescending(analyzer => analyzer.Seconds).ToList()))
            .OrderByDescending(assembly => assembly.Seconds)
            .ToList();

        /// <summary>The analyzer type's short name: without its namespace and without the rule IDs in parentheses.</summary>
        private static string TypeName(string name)
        {
            var idsAt = name.IndexOf(" (", StringComparison.Ordinal);
            var qualified = idsAt >= 0 ? name[..idsAt] : name;
            return qualified[(qualified.LastIndexOf('.') + 1)..];
        }
    }

    /// <summary>
    /// "   0.910    8      TddGuard.Analyzers.Design.CommentedOutCodeAnalyzer (TG2015)", maybe after a node
    /// prefix such as "1>"; a time or share below the printed precision reads "&lt;0.001" or "&lt;1".
    /// </summary>
    [GeneratedRegex(@"^\s*(?:\d+>)?\s*<?(?<seconds>\d+\.\d+)\s+<?\d+\s+(?<name>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeLine();
}
