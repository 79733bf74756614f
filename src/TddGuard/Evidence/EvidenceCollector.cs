using System.Collections.Generic;
using System.Xml.Linq;

namespace TddGuard.Evidence;

/// <summary>Sorts loaded documents by their root element into test results and coverage.</summary>
/// <param name="skipUnknownFiles">When searching folders, files of other kinds are not problems, just not evidence.</param>
internal sealed class EvidenceCollector(bool skipUnknownFiles)
{
    private readonly TestRunResults _results = new();
    private readonly CoverageReport _coverage = new();
    private readonly List<string> _files = [];
    private bool _hasResults;
    private bool _hasCoverage;

    /// <summary>Adds <paramref name="document"/>; returns why it was rejected, or null.</summary>
    public string? Add(XDocument document, ExpectedKinds expected, string displayPath)
    {
        var root = document.Root!.Name.LocalName;
        var isResults = root is TrxReader.RootName or NUnit3Reader.RootName or JUnitReader.SuitesRootName or JUnitReader.SuiteRootName;
        var isCoverage = root == CoberturaReader.RootName;
        if (isResults && expected.Results)
        {
            AddResults(document, root);
            _files.Add(displayPath);
            return null;
        }

        if (isCoverage && expected.Coverage)
        {
            CoberturaReader.ReadInto(document, _coverage);
            _hasCoverage = true;
            _files.Add(displayPath);
            return null;
        }

        return skipUnknownFiles ? null
            : expected.Results ? $"is not a test results file (its root element is <{root}>): give a TRX, NUnit 3 or JUnit XML file."
            : $"is not a Cobertura coverage file (its root element is <{root}>).";
    }

    public Evidence ToEvidence(IReadOnlyList<InputProblem> problems) =>
        new(_hasResults ? _results : null, _hasCoverage ? _coverage : null, problems, _files);

    private void AddResults(XDocument document, string root)
    {
        var cases = root switch
        {
            TrxReader.RootName => TrxReader.Read(document),
            NUnit3Reader.RootName => NUnit3Reader.Read(document),
            _ => JUnitReader.Read(document),
        };
        foreach (var testCase in cases)
        {
            _results.Add(testCase.TestId, testCase.Outcome);
        }

        _hasResults = true;
    }
}
