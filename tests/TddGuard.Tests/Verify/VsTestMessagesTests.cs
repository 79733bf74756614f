using System.Linq;
using System.Text.Json.Nodes;
using NUnit.Framework;
using TddGuard.Verify;

namespace TddGuard.Tests.Verify;

public sealed class VsTestMessagesTests
{
    private const string Discovered = """
        {"Id":"e61972e1-b99b-e792-490a-55da4ef98378","FullyQualifiedName":"Shop.Tests.CartTests.Adds(1,2)","DisplayName":"Adds(1,2)",
         "ExecutorUri":"executor://NUnit3TestExecutor","Source":"/t/Shop.Tests.dll","CodeFilePath":"/t/CartTests.cs","LineNumber":22,
         "Properties":[{"Key":{"Id":"NUnit.Seed","Label":"Seed","Category":"","Description":"","Attributes":0,"ValueType":"System.String"},"Value":"1"}]}
        """;

    [Test]
    public void AMessageCarriesItsTypeItsPayloadAndTheVersionWhenGiven()
    {
        var message = JsonNode.Parse(VsTestMessages.Envelope("TestSession.StartTestSession", new JsonObject { ["Sources"] = new JsonArray("a.dll") }, 7))!;
        var unversioned = JsonNode.Parse(VsTestMessages.Envelope("TestSession.End", null, null))!.AsObject();

        Assert.That((string?)message["MessageType"], Is.EqualTo("TestSession.StartTestSession"));
        Assert.That((string?)message["Payload"]!["Sources"]![0], Is.EqualTo("a.dll"));
        Assert.That((int?)message["Version"], Is.EqualTo(7));
        Assert.That(unversioned.ContainsKey("Version"), Is.False);
        Assert.That(unversioned["Payload"], Is.Null);
    }

    [Test]
    public void ADiscoveredTestIsSentBackAsThePropertyBagTheRunRequestReads()
    {
        var runnable = VsTestMessages.Runnable(JsonNode.Parse(Discovered)!);

        var properties = runnable["Properties"]!.AsArray().ToDictionary(property => (string)property!["Key"]!["Id"]!, property => property!["Value"]!.ToString());
        Assert.That(properties, Does.ContainKey("TestCase.Id").WithValue("e61972e1-b99b-e792-490a-55da4ef98378"));
        Assert.That(properties, Does.ContainKey("TestCase.FullyQualifiedName").WithValue("Shop.Tests.CartTests.Adds(1,2)"));
        Assert.That(properties, Does.ContainKey("TestCase.ExecutorUri").WithValue("executor://NUnit3TestExecutor"));
        Assert.That(properties, Does.ContainKey("TestCase.Source").WithValue("/t/Shop.Tests.dll"));
        Assert.That(properties, Does.ContainKey("TestCase.LineNumber").WithValue("22"));
        Assert.That(properties, Does.ContainKey("NUnit.Seed").WithValue("1"), "the adapter's own properties go back to it");
    }

    [Test]
    public void TheMethodOfADiscoveredTestIsItsNameWithoutArguments()
    {
        Assert.That(VsTestMessages.MethodOf(JsonNode.Parse(Discovered)!), Is.EqualTo("Shop.Tests.CartTests.Adds"));
    }

    [Test]
    public void ResultsComeFromProgressAndFromTheLastBatchOfTheCompletion()
    {
        var progress = JsonNode.Parse($$$"""
            {"MessageType":"TestExecution.StatsChange","Payload":{"NewTestResults":[
              {"TestCase":{{{Discovered}}},"Outcome":2,"ErrorMessage":"Expected 3","ErrorStackTrace":"at Cart.Add"},
              {"TestCase":{"FullyQualifiedName":"Shop.Tests.CartTests+Nested.Empty"},"Outcome":1,"ErrorMessage":null}]}}
            """)!;
        var completion = JsonNode.Parse("""
            {"MessageType":"TestExecution.Completed","Payload":{"TestRunCompleteArgs":{"IsAborted":true},
             "LastRunTests":{"NewTestResults":[{"TestCase":{"FullyQualifiedName":"Shop.Tests.PriceTests.Rounds"},"Outcome":2,"ErrorMessage":"tddguard red variant 4"}]}}}
            """)!;

        var results = VsTestMessages.Results(progress).Concat(VsTestMessages.Results(completion)).ToList();

        Assert.That(results, Is.EqualTo(new[]
        {
            new VsTestResult("Shop.Tests.CartTests.Adds", Failed: true, "Expected 3\nat Cart.Add"),
            new VsTestResult("Shop.Tests.CartTests.Nested.Empty", Failed: false, string.Empty),
            new VsTestResult("Shop.Tests.PriceTests.Rounds", Failed: true, "tddguard red variant 4\n"),
        }));
        Assert.That(VsTestMessages.IsAborted(completion), Is.True);
        Assert.That(VsTestMessages.IsAborted(progress), Is.False);
    }

    [Test]
    public void TestsFoundComeFromEachBatchAndFromTheCompletion()
    {
        var found = JsonNode.Parse($$"""{"MessageType":"TestDiscovery.TestFound","Payload":[{{Discovered}}]}""")!;
        var completed = JsonNode.Parse($$$"""{"MessageType":"TestDiscovery.Completed","Payload":{"TotalTests":2,"LastDiscoveredTests":[{{{Discovered}}}]}}""")!;
        var empty = JsonNode.Parse("""{"MessageType":"TestDiscovery.Completed","Payload":{"TotalTests":1,"LastDiscoveredTests":null}}""")!;

        Assert.That(VsTestMessages.TestsFound(found), Has.Count.EqualTo(1));
        Assert.That(VsTestMessages.TestsFound(completed), Has.Count.EqualTo(1));
        Assert.That(VsTestMessages.TestsFound(empty), Is.Empty);
    }

    [Test]
    public void TheRunSettingsNameTheSharedSwitchForTheTestHost()
    {
        var settings = System.Xml.Linq.XDocument.Parse(VsTestMessages.RunSettings(new System.Collections.Generic.Dictionary<string, string> { ["TDDGUARD_MUTANT_SWITCH"] = "/tmp/a&b" }));

        Assert.That(settings.Root!.Element("RunConfiguration")!.Element("EnvironmentVariables")!.Element("TDDGUARD_MUTANT_SWITCH")!.Value, Is.EqualTo("/tmp/a&b"));
    }

    /// <summary>A console that speaks JSON of the wrong shape: every reader returns nothing instead of throwing.</summary>
    [TestCase("5")]
    [TestCase("\"TestExecution.Completed\"")]
    [TestCase("[]")]
    [TestCase("null")]
    [TestCase("""{"MessageType":5,"Payload":"x"}""")]
    [TestCase("""{"MessageType":{"a":1},"Payload":[]}""")]
    [TestCase("""{"MessageType":"TestDiscovery.TestFound","Payload":{"a":1}}""")]
    [TestCase("""{"MessageType":"TestDiscovery.TestFound","Payload":[5,"x",null,[],{"FullyQualifiedName":7,"Properties":5}]}""")]
    [TestCase("""{"MessageType":"TestDiscovery.Completed","Payload":{"LastDiscoveredTests":{"a":[]}}}""")]
    [TestCase("""{"MessageType":"TestExecution.StatsChange","Payload":{"NewTestResults":[5,null,{"TestCase":[],"Outcome":"Failed","ErrorMessage":3,"ErrorStackTrace":{}}]}}""")]
    [TestCase("""{"MessageType":"TestExecution.Completed","Payload":{"TestRunCompleteArgs":{"IsAborted":"yes"},"LastRunTests":5}}""")]
    [TestCase("""{"MessageType":"TestExecution.Completed","Payload":{"TestRunCompleteArgs":[],"LastRunTests":{"NewTestResults":{"a":1}}}}""")]
    [TestCase("""{"MessageType":"TestSession.StartTestSessionCallback","Payload":{"EventArgs":5}}""")]
    public void AMessageOfTheWrongShapeIsReadAsNothingWithoutThrowing(string json)
    {
        var message = VsTestMessages.Parse(json);

        Assert.That(() => ReadEverything(message), Throws.Nothing);
    }

    [TestCase("""{"MessageType":"TestExecution.Completed","MessageType":"TestDiscovery.Completed","Payload":{}}""")]
    [TestCase("""{"MessageType":"TestExecution.Completed","Payload":{"TestRunCompleteArgs":{"IsAborted":true,"IsAborted":false}}}""")]
    [TestCase("""{"MessageType":""")]
    [TestCase("")]
    public void AMessageThatIsNotOneJsonValueWithOneValuePerNameIsAJsonError(string text)
    {
        Assert.That(() => VsTestMessages.Parse(text), Throws.InstanceOf<System.Text.Json.JsonException>());
    }

    [Test]
    public void OnlyObjectsAreTakenForTestsAndOnlyTextForNames()
    {
        var message = JsonNode.Parse("""{"MessageType":"TestDiscovery.TestFound","Payload":[5,"x",null,[],{"FullyQualifiedName":7}]}""")!;
        var result = JsonNode.Parse("""{"MessageType":"TestExecution.StatsChange","Payload":{"NewTestResults":[{"TestCase":[],"Outcome":"2","ErrorMessage":3}]}}""")!;

        var tests = VsTestMessages.TestsFound(message);

        Assert.That(tests, Has.Count.EqualTo(1));
        Assert.That(VsTestMessages.MethodOf(tests[0]), Is.Empty);
        Assert.That(VsTestMessages.TypeOf(JsonNode.Parse("""{"MessageType":5}""")!), Is.Empty);
        Assert.That(VsTestMessages.Results(result), Is.EqualTo(new[] { new VsTestResult(string.Empty, false, string.Empty) }));
    }

    private static void ReadEverything(JsonNode message)
    {
        _ = VsTestMessages.TypeOf(message);
        _ = VsTestMessages.PayloadOf(message);
        foreach (var test in VsTestMessages.TestsFound(message))
        {
            _ = VsTestMessages.MethodOf(test);
            _ = VsTestMessages.Runnable(test);
        }

        _ = VsTestMessages.Results(message).ToList();
        _ = VsTestMessages.IsAborted(message);
        _ = VsTestMessages.SessionOf(message);
    }
}
