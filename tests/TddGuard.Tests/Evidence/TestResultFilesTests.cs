using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Evidence;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Evidence;

[TestFixture]
[Property("Todo", "C03")]
public sealed class TestResultFilesTests
{
    private const string Fixture = "Sample.Tests.CalculatorTests";

    // Parameterised cases roll up to their method: one failing case fails the method, ignored cases do not count.
    [TestCase("sample.trx", Fixture + ".AddsTwoNumbers", TestOutcome.Passed)]
    [TestCase("sample.trx", Fixture + ".Divides", TestOutcome.Failed)]
    [TestCase("sample.trx", Fixture + ".DividingByZeroThrows", TestOutcome.Passed)]
    [TestCase("sample.trx", Fixture + ".AddsLater", TestOutcome.Passed)]
    [TestCase("sample.trx", Fixture + ".IgnoredTest", TestOutcome.NotRun)]
    [TestCase("sample.trx", Fixture + ".Nested.NestedFixtureTest", TestOutcome.Passed)]
    [TestCase("sample.nunit3.xml", Fixture + ".AddsTwoNumbers", TestOutcome.Passed)]
    [TestCase("sample.nunit3.xml", Fixture + ".Divides", TestOutcome.Failed)]
    [TestCase("sample.nunit3.xml", Fixture + ".IgnoredTest", TestOutcome.NotRun)]
    [TestCase("sample.nunit3.xml", Fixture + ".NotSure", TestOutcome.NotRun)]
    [TestCase("sample.nunit3.xml", Fixture + ".Nested.NestedFixtureTest", TestOutcome.Passed)]
    [TestCase("sample.junit.xml", Fixture + ".AddsTwoNumbers", TestOutcome.Passed)]
    [TestCase("sample.junit.xml", Fixture + ".Divides", TestOutcome.Failed)]
    [TestCase("sample.junit.xml", Fixture + ".Crashes", TestOutcome.Failed)]
    [TestCase("sample.junit.xml", Fixture + ".IgnoredTest", TestOutcome.NotRun)]
    [TestCase("sample.junit.xml", Fixture + ".Nested.NestedFixtureTest", TestOutcome.Passed)]
    public async Task ReadsTheOutcomeOfEachTestMethod(string file, string testId, TestOutcome outcome)
    {
        var evidence = await LoadResultsAsync(file);

        Assert.That(evidence.Problems, Is.Empty);
        Assert.That(evidence.Results!.OutcomeOf(testId), Is.EqualTo(outcome));
    }

    [TestCase("sample.trx", 7)]
    [TestCase("sample.nunit3.xml", 5)]
    [TestCase("sample.junit.xml", 5)]
    public async Task CountsMethodsNotCases(string file, int methods)
    {
        var evidence = await LoadResultsAsync(file);

        Assert.That(evidence.Results!.Count, Is.EqualTo(methods));
        Assert.That(evidence.Results.OutcomeOf(Fixture + ".NoSuchTest"), Is.Null);
    }

    [Test]
    public async Task OutcomesFromSeveralFilesRollUpTogether()
    {
        using var repository = new TemporaryDirectory("results");
        repository.WriteFile("a.xml", JUnit("""<testcase classname="N.C" name="M(1)" />"""));
        repository.WriteFile("b.xml", JUnit("""<testcase classname="N.C" name="M(2)"><failure /></testcase><testcase classname="N.C" name="Other" />"""));

        var evidence = await new EvidenceLoader().LoadAsync(repository.Path, EvidenceRequest.Explicit(["*.xml"], []), default);

        Assert.That(evidence.Results!.OutcomeOf("N.C.M"), Is.EqualTo(TestOutcome.Failed));
        Assert.That(evidence.Results.OutcomeOf("N.C.Other"), Is.EqualTo(TestOutcome.Passed));
        Assert.That(evidence.Results.InFixture("N.C"), Is.EquivalentTo(Sequence("N.C.M", "N.C.Other")));
    }

    [Test]
    public void RenamingRollsACaseNamedByItsOwnNameIntoItsMethod()
    {
        var results = new TestRunResults();
        results.Add("N.C.M", TestOutcome.Passed);
        results.Add("N.C.Custom case", TestOutcome.Failed);
        results.Add("N.C.Other", TestOutcome.Passed);

        var renamed = results.Renamed(new Dictionary<string, string> { ["N.C.Custom case"] = "N.C.M" });

        Assert.That(renamed.OutcomeOf("N.C.M"), Is.EqualTo(TestOutcome.Failed));
        Assert.That(renamed.OutcomeOf("N.C.Custom case"), Is.Null);
        Assert.That(renamed.InFixture("N.C"), Is.EquivalentTo(Sequence("N.C.M", "N.C.Other")));
    }

    [TestCase("Ns.C", "M", "Ns.C.M")]
    [TestCase("Ns.C", "M(1,2)", "Ns.C.M")]
    [TestCase("Ns.C", "M(\"a.b(c)\")", "Ns.C.M")]
    [TestCase("Ns.C+Nested", "M", "Ns.C.Nested.M")]
    [TestCase("Ns.C", "Ns.C.M(x: 1)", "Ns.C.M")]
    [TestCase("Ns.C, Ns.Tests, Version=1.0.0.0", "M", "Ns.C.M")]
    [TestCase("", "Ns.C.M", "Ns.C.M")]
    [TestCase("Ns.C(True)", "M", "Ns.C.M")]
    [TestCase("Ns.C(\"a(b)\",2)+Nested(1)", "M(3)", "Ns.C.Nested.M")]
    [TestCase("Ns.C(False)", "Ns.C(False).M", "Ns.C.M")]
    public void NamesATestMethodAsTheSourceScannerDoes(string className, string name, string testId)
    {
        Assert.That(TestNames.MethodId(className, name), Is.EqualTo(testId));
    }

    private static async Task<TddGuard.Evidence.Evidence> LoadResultsAsync(string file)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", file);
        return await new EvidenceLoader().LoadAsync(Path.GetDirectoryName(path)!, EvidenceRequest.Explicit([path], []), default);
    }

    private static string JUnit(string cases) => $"<testsuites><testsuite name=\"s\">{cases}</testsuite></testsuites>";

    private static T[] Sequence<T>(params T[] values) => values;
}
