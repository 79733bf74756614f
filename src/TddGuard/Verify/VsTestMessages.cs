using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using TddGuard.Evidence;

namespace TddGuard.Verify;

/// <summary>A test's outcome in a run through the test platform's design-mode protocol.</summary>
/// <param name="Method">The test method's ID (no arguments, nested types after a dot).</param>
/// <param name="Failed">Whether it failed.</param>
/// <param name="Message">Its error message and stack trace, for telling whose failure it is.</param>
internal sealed record VsTestResult(string Method, bool Failed, string Message);

/// <summary>
/// The messages of the test platform's design-mode protocol (the one IDEs speak to <c>vstest.console</c>): JSON
/// envelopes of a message type and a payload, test cases and results in the shape the protocol version 7 gives them.
/// </summary>
internal static class VsTestMessages
{
    public const string Connected = "TestSession.Connected";
    public const string ProtocolVersion = "ProtocolVersion";
    public const string StartTestSession = "TestSession.StartTestSession";
    public const string StartTestSessionCallback = "TestSession.StartTestSessionCallback";
    public const string StopTestSession = "TestSession.StopTestSession";
    public const string End = "TestSession.End";
    public const string Discover = "TestDiscovery.Start";
    public const string TestFound = "TestDiscovery.TestFound";
    public const string DiscoveryCompleted = "TestDiscovery.Completed";
    public const string RunSelected = "TestExecution.RunSelectedWithDefaultHost";
    public const string StatsChange = "TestExecution.StatsChange";
    public const string RunCompleted = "TestExecution.Completed";

    /// <summary>The protocol version asked for: the first whose test results carry their properties by name.</summary>
    public const int Version = 7;

    private const string MessageTypeKey = "MessageType";
    private const string PayloadKey = "Payload";
    private const string VersionKey = "Version";
    private const int FailedOutcome = 2;
    private const string NameKey = "FullyQualifiedName";
    private const string IdKey = "Id";
    private const string Text = "System.String";
    private const string SourcesKey = "Sources";
    private const string SettingsKey = "RunSettings";
    private const string OptionsKey = "TestPlatformOptions";
    private const string SessionKey = "TestSessionInfo";

    /// <summary>How deep a message may nest: the test platform's own messages stay far below.</summary>
    private const int MaxDepth = 64;

    private static readonly JsonDocumentOptions s_strict = new() { AllowDuplicateProperties = false, MaxDepth = MaxDepth };

    /// <summary>The test case properties a run needs: the name protocol 7 gives each, its protocol 1 ID, label and type.</summary>
    private static readonly ImmutableArray<(string Name, string Id, string Label, string Type)> s_testCaseProperties =
    [
        (IdKey, "TestCase.Id", IdKey, "System.Guid"),
        (NameKey, "TestCase.FullyQualifiedName", NameKey, Text),
        ("ExecutorUri", "TestCase.ExecutorUri", "Executor Uri", "System.Uri"),
        ("Source", "TestCase.Source", "Source", Text),
        ("DisplayName", "TestCase.DisplayName", "Name", Text),
        ("CodeFilePath", "TestCase.CodeFilePath", "File Path", Text),
        ("LineNumber", "TestCase.LineNumber", "Line Number", "System.Int32"),
    ];

    /// <summary>The text of a message.</summary>
    public static string Envelope(string type, JsonNode? payload, int? version)
    {
        var message = new JsonObject { [MessageTypeKey] = type, [PayloadKey] = payload };
        if (version is { } number)
        {
            message[VersionKey] = number;
        }

        return message.ToJsonString();
    }

    /// <summary>
    /// A received message's text as JSON: one value (JSON's <c>null</c> read as an empty message), every name once
    /// in an object, no deeper than <see cref="MaxDepth"/>.
    /// </summary>
    /// <exception cref="JsonException">The text is not that.</exception>
    public static JsonNode Parse(string text) => JsonNode.Parse(text, documentOptions: s_strict) ?? new JsonObject();

    /// <summary>The type of a received message; empty when it has none that is text.</summary>
    public static string TypeOf(JsonNode message) => TextOf(Member(message, MessageTypeKey)) ?? string.Empty;

    /// <summary>The payload of a received message.</summary>
    public static JsonNode? PayloadOf(JsonNode message) => Member(message, PayloadKey);

    /// <summary>
    /// A discovered test case (protocol 7 shape) as a run request takes it: the property bag of protocol 1, which the
    /// run request's reader understands at every version, with the adapter's own properties (xUnit keeps the
    /// serialized test case there, and cannot run it without).
    /// </summary>
    public static JsonObject Runnable(JsonNode discovered)
    {
        var properties = new JsonArray([.. s_testCaseProperties
            .Where(property => Member(discovered, property.Name) is not null)
            .Select(property => new JsonObject
            {
                ["Key"] = new JsonObject { [IdKey] = property.Id, ["Label"] = property.Label, ["Category"] = string.Empty, ["Description"] = string.Empty, ["Attributes"] = 0, ["ValueType"] = property.Type },
                ["Value"] = Member(discovered, property.Name)!.DeepClone(),
            })
            .Concat((Member(discovered, "Properties") as JsonArray ?? []).OfType<JsonNode>().Select(property => property.DeepClone()))]);
        return new JsonObject { ["Properties"] = properties };
    }

    /// <summary>The test method a discovered test case runs.</summary>
    public static string MethodOf(JsonNode? testCase) => TestNames.MethodId(string.Empty, TextOf(Member(testCase, NameKey)) ?? string.Empty);

    /// <summary>The tests a discovery message reports, in a batch or with its completion: the objects among them.</summary>
    public static IReadOnlyList<JsonNode> TestsFound(JsonNode message)
    {
        var found = TypeOf(message) == TestFound ? PayloadOf(message) : Member(PayloadOf(message), "LastDiscoveredTests");
        return found is JsonArray tests ? [.. tests.OfType<JsonObject>()] : [];
    }

    /// <summary>The results a run message reports, in its progress or with its completion.</summary>
    public static IEnumerable<VsTestResult> Results(JsonNode message)
    {
        var payload = PayloadOf(message);
        var results = TypeOf(message) == RunCompleted ? Member(Member(payload, "LastRunTests"), "NewTestResults") : Member(payload, "NewTestResults");
        return results is JsonArray list
            ? list.OfType<JsonObject>().Select(result => new VsTestResult(
                MethodOf(Member(result, "TestCase")),
                Number(Member(result, "Outcome")) == FailedOutcome,
                TextOf(Member(result, "ErrorMessage")) is { } error ? error + "\n" + TextOf(Member(result, "ErrorStackTrace")) : string.Empty))
            : [];
    }

    /// <summary>Whether a run's completion says it was aborted (the test host crashed, or could not start).</summary>
    public static bool IsAborted(JsonNode message) =>
        TypeOf(message) == RunCompleted && Flag(Member(Member(PayloadOf(message), "TestRunCompleteArgs"), "IsAborted")) == true;

    /// <summary>The payload that starts a test session over <paramref name="assemblies"/>.</summary>
    public static JsonObject StartSessionPayload(IReadOnlyList<string> assemblies, string settings) => new()
    {
        [SourcesKey] = Sources(assemblies),
        [SettingsKey] = settings,
        ["IsDebuggingEnabled"] = false,
        ["HasCustomHostLauncher"] = false,
        [OptionsKey] = null,
    };

    /// <summary>The payload that discovers the tests of <paramref name="assemblies"/> in <paramref name="session"/>.</summary>
    public static JsonObject DiscoverPayload(IReadOnlyList<string> assemblies, string settings, JsonNode session) => new()
    {
        [SourcesKey] = Sources(assemblies),
        [SettingsKey] = settings,
        [OptionsKey] = null,
        [SessionKey] = session.DeepClone(),
    };

    /// <summary>The payload that runs <paramref name="tests"/> (as discovered) in <paramref name="session"/>.</summary>
    public static JsonObject RunPayload(IEnumerable<JsonNode> tests, string settings, JsonNode session) => new()
    {
        [SourcesKey] = null,
        ["TestCases"] = new JsonArray([.. tests.Select(Runnable)]),
        [SettingsKey] = settings,
        ["KeepAlive"] = false,
        ["DebuggingEnabled"] = false,
        [OptionsKey] = null,
        [SessionKey] = session.DeepClone(),
    };

    /// <summary>The session a <see cref="StartTestSessionCallback"/> message says was started, if any.</summary>
    public static JsonNode? SessionOf(JsonNode message) => Member(Member(PayloadOf(message), "EventArgs"), SessionKey);

    /// <summary>Run settings giving the test host <paramref name="environment"/>.</summary>
    public static string RunSettings(IReadOnlyDictionary<string, string> environment) =>
        new XElement("RunSettings", new XElement("RunConfiguration", new XElement(
            "EnvironmentVariables", environment.Select(variable => new XElement(variable.Key, variable.Value))))).ToString(SaveOptions.DisableFormatting);

    /// <summary>
    /// A member of an object; null for anything else. The console's messages are read by what they hold, never
    /// trusted to have the shape asked for: a number where text belongs is no name, an array where an object belongs
    /// holds nothing.
    /// </summary>
    private static JsonNode? Member(JsonNode? node, string name) => node is JsonObject members && members.TryGetPropertyValue(name, out var member) ? member : null;

    private static string? TextOf(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int? Number(JsonNode? node) => node is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    private static bool? Flag(JsonNode? node) => node is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    private static JsonArray Sources(IReadOnlyList<string> assemblies) => new([.. assemblies.Select(assembly => JsonValue.Create(assembly))]);
}
