using System.IO;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;
using TddGuard.Tests.Cli;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Samples;

/// <summary>The README's main command: <c>tddguard check samples/Bookshop</c> gives the whole verdict on the sample.</summary>
[TestFixture]
[Category("Integration")]
[Property("Todo", "C06")]
public sealed class BookshopCheckTests
{
    private const int Findings = 1;

    private static readonly string[] s_oneOfEveryFamily = ["TG1001", "TG2002", "TG3001", "TG3103", "TG3104"];

    [Test]
    public void TheMainCommandReportsAFindingOfEveryFamilyOnTheSample()
    {
        var sample = Path.Combine(RepositoryLayout.Root(), "samples", "Bookshop");

        var (exitCode, output, error) = CheckCommandTests.Run("check", sample, "--format", "json");

        using var json = JsonDocument.Parse(output);
        var rules = json.RootElement.GetProperty("findings").EnumerateArray().Select(finding => finding.GetProperty("id").GetString()).ToHashSet();
        Assert.That(exitCode, Is.EqualTo(Findings), error);
        Assert.That(rules, Is.SupersetOf(s_oneOfEveryFamily));
        Assert.That(
            json.RootElement.GetProperty("notes").EnumerateArray().Select(note => note.GetString()),
            Has.Some.EqualTo("TG1001/TG1002 of Bookshop were decided from the symbols its tests bind to (exact): they agree with the editor's name-based approximation."),
            "on the sample, the exact test map and the analyzer's approximation find the same untested members");
    }
}
