using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Evidence;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Evidence;

[TestFixture]
[Property("Todo", "C03")]
public sealed class EvidenceProblemsTests
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
        <test-run><test-case classname="N.C" methodname="M" result="Passed">&lol2;</test-case></test-run>
        """;

    private const string ExternalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <testsuites><testsuite><testcase classname="N.C" name="&x;" /></testsuite></testsuites>
        """;

    [TestCase("<testsuites><testsuite>", "results.xml", 1, "not well-formed")]
    [TestCase("<testsuites>\n  <testcase name='a' name='b' />\n</testsuites>", "results.xml", 2, "not well-formed")]
    [TestCase(BillionLaughs, "results.xml", 1, "DTD")]
    [TestCase(ExternalEntity, "results.xml", 1, "DTD")]
    [TestCase("<coverage />", "results.xml", 1, "not a test results file")]
    [TestCase("<html />", "results.xml", 1, "not a test results file")]
    [TestCase("", "results.trx", 1, "not well-formed")]
    public async Task ACorruptOrHostileResultsFileIsReportedWithItsNameAndTheRestStillLoads(string content, string name, int line, string message)
    {
        using var repository = new TemporaryDirectory("evidence");
        repository.WriteFile("TestResults/" + name, content);
        repository.WriteFile("TestResults/good.xml", """<testsuites><testsuite><testcase classname="N.C" name="M" /></testsuite></testsuites>""");

        var evidence = await new EvidenceLoader().LoadAsync(repository.Path, EvidenceRequest.Explicit(["TestResults/*"], []), default);

        var problem = evidence.Problems.Single();
        Assert.That(problem.Location.File, Is.EqualTo("TestResults/" + name));
        Assert.That(problem.Location.Line, Is.EqualTo(line));
        Assert.That(problem.Message, Does.Contain(message));
        Assert.That(evidence.Results!.OutcomeOf("N.C.M"), Is.EqualTo(TestOutcome.Passed));
    }

    [Test]
    public async Task AFileOverTheSizeLimitIsReportedWithoutBeingRead()
    {
        using var repository = new TemporaryDirectory("evidence");
        repository.WriteFile("big.xml", "<testsuites>" + new string(' ', 2048) + "</testsuites>");

        var evidence = await new EvidenceLoader(maxFileBytes: 1024).LoadAsync(repository.Path, EvidenceRequest.Explicit(["big.xml"], []), default);

        Assert.That(evidence.Problems.Single().Message, Does.Contain("1024 bytes"));
        Assert.That(evidence.Problems.Single().Location.File, Is.EqualTo("big.xml"));
    }

    [Test]
    public async Task AFileThatCannotBeReadIsReportedAndTheRestStillLoads()
    {
        using var repository = new TemporaryDirectory("evidence");
        repository.WriteFile("TestResults/good.xml", """<testsuites><testsuite><testcase classname="N.C" name="M" /></testsuite></testsuites>""");
        System.IO.File.CreateSymbolicLink(repository.Combine("TestResults", "dangling.trx"), repository.Combine("missing.trx"));

        var evidence = await new EvidenceLoader().LoadAsync(repository.Path, EvidenceRequest.Discover, default);

        Assert.That(evidence.Problems.Single().Location.File, Is.EqualTo("TestResults/dangling.trx"));
        Assert.That(evidence.Problems.Single().Message, Does.Contain("could not be read"));
        Assert.That(evidence.Results!.OutcomeOf("N.C.M"), Is.EqualTo(TestOutcome.Passed));
    }

    [Test]
    public async Task APatternThatMatchesNothingIsAnInputProblem()
    {
        using var repository = new TemporaryDirectory("evidence");

        var evidence = await new EvidenceLoader().LoadAsync(repository.Path, EvidenceRequest.Explicit(["TestResults/*.trx"], ["nothing.xml"]), default);

        Assert.That(evidence.Problems.Select(problem => problem.Location.File), Is.EqualTo(Sequence("TestResults/*.trx", "nothing.xml")));
        Assert.That(evidence.Problems, Has.All.Property(nameof(InputProblem.Message)).Contains("matched no file"));
        Assert.That(evidence.Results, Is.Null);
        Assert.That(evidence.Coverage, Is.Null);
    }

    [Test]
    public async Task WithoutPatternsTestResultsFoldersAreSearchedAndUnknownFilesSkipped()
    {
        using var repository = new TemporaryDirectory("evidence");
        repository.WriteFile("tests/A/TestResults/run.trx", System.IO.File.ReadAllText(TestDataPath("sample.trx")));
        repository.WriteFile("TestResults/guid/coverage.cobertura.xml", System.IO.File.ReadAllText(TestDataPath("sample.cobertura.xml")));
        repository.WriteFile("TestResults/Sequence_1.xml", "<TestSequence />");
        repository.WriteFile("elsewhere/other.trx", "not even xml");

        var evidence = await new EvidenceLoader().LoadAsync(repository.Path, EvidenceRequest.Discover, default);

        Assert.That(evidence.Problems, Is.Empty);
        Assert.That(evidence.Results!.OutcomeOf("Sample.Tests.CalculatorTests.AddsTwoNumbers"), Is.EqualTo(TestOutcome.Passed));
        Assert.That(evidence.Coverage, Is.Not.Null);
        Assert.That(evidence.Files, Is.EquivalentTo(Sequence("tests/A/TestResults/run.trx", "TestResults/guid/coverage.cobertura.xml")));
    }

    private static string TestDataPath(string file) =>
        System.IO.Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", file);

    private static T[] Sequence<T>(params T[] values) => values;
}
