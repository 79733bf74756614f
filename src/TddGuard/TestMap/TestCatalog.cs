using System.Collections.Generic;
using System.Linq;

namespace TddGuard.TestMap;

/// <summary>Every test and Todo link found in a repository's test sources, indexed for reconciliation.</summary>
public sealed class TestCatalog
{
    private readonly Dictionary<string, TestDeclaration> _testsById = new(System.StringComparer.Ordinal);
    private readonly ILookup<string, TestDeclaration> _testsByFixture;

    /// <summary>Combines scanned files; a test declared in several parts of a partial class counts once.</summary>
    public TestCatalog(IEnumerable<TestSourceFile> files)
    {
        var fileList = files.ToList();
        Links = [.. fileList.SelectMany(file => file.Links)];
        Problems = [.. fileList.SelectMany(file => file.Problems)];
        foreach (var test in fileList.SelectMany(file => file.Tests))
        {
            _ = _testsById.TryAdd(test.Id, test);
        }

        _testsByFixture = _testsById.Values.ToLookup(test => test.FixtureId, System.StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var test in _testsById.Values)
        {
            foreach (var caseId in test.CaseIds.Where(caseId => !_testsById.ContainsKey(caseId)))
            {
                _ = aliases.TryAdd(caseId, test.Id);
            }
        }

        CaseAliases = aliases;
    }

    /// <summary>
    /// The test methods of cases results name by a name of their own (see <see cref="TestDeclaration.CaseIds"/>),
    /// by that name's ID; a name that is also a method's ID stays that method's.
    /// </summary>
    public IReadOnlyDictionary<string, string> CaseAliases { get; }

    /// <summary>Every Todo link, in file order.</summary>
    public IReadOnlyList<TestLink> Links { get; }

    /// <summary>Links that could not be read.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    /// <summary>The tests a link speaks for: its method, or every test of its fixture.</summary>
    public IReadOnlyList<TestDeclaration> TestsLinkedBy(TestLink link)
    {
        if (link.IsFixtureLink)
        {
            return [.. _testsByFixture[link.TestId]];
        }

        return _testsById.TryGetValue(link.TestId, out var test) ? [test] : [];
    }
}
