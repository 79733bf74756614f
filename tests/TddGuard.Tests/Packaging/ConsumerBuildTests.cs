using System;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Packaging;

/// <summary>
/// The proof that "one PackageReference, then dotnet build" works: a throw-away project that knows TddGuard only
/// through the packed NuGet package is built the way a user's CI builds it.
/// </summary>
[TestFixture]
[Category("Integration")]
[Property("Todo", "F05")]
public sealed class ConsumerBuildTests
{
    private const string DeepSource = """
        namespace Consumer;

        public static class Deep
        {
            public static void Four(bool a, bool b)
            {
                if (a) { if (a) { if (a) { if (b) { System.Console.WriteLine(); } } } }
            }

            public static void Six(bool a, bool c)
            {
                if (a) { if (a) { if (a) { if (a) { if (a) { if (c) { System.Console.WriteLine(); } } } } } }
            }
        }
        """;

    private static readonly string[] s_deepLines = DeepSource.Split('\n');

    [Test]
    public async Task BuildReportsTG2001AtTheStatementThatIsTooDeep()
    {
        var result = await BuildConsumerAsync(editorConfig: null);

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Contain($"Deep.cs{Location("if (b)")}: warning TG2001"));
        Assert.That(result.Output, Does.Contain($"Deep.cs{Location("if (a) { if (a) { if (c)")}: warning TG2001"));
    }

    [Test]
    public async Task WarnAsErrorFailsTheBuild()
    {
        var result = await BuildConsumerAsync(editorConfig: null, "-warnaserror");

        Assert.That(result.ExitCode, Is.Not.Zero, result.Output);
        Assert.That(result.Output, Does.Contain($"Deep.cs{Location("if (b)")}: error TG2001"));
    }

    [Test]
    public async Task SeverityNoneInEditorConfigSilencesTheRule()
    {
        var result = await BuildConsumerAsync("dotnet_diagnostic.TG2001.severity = none");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Not.Contain("TG2001"));
    }

    [Test]
    public async Task MaxNestingDepthInEditorConfigRaisesTheLimit()
    {
        var result = await BuildConsumerAsync("tddguard.max_nesting_depth = 5");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Not.Contain($"Deep.cs{Location("if (b)")}"));
        Assert.That(result.Output, Does.Contain($"Deep.cs{Location("if (c)")}: warning TG2001: 'if' is nested 6 levels deep"));
    }

    [Test]
    public async Task TddGuardEnabledFalseTurnsThePackageOffForAProject()
    {
        var result = await BuildConsumerAsync(editorConfig: null, "-p:TddGuardEnabled=false");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Not.Contain("TG2001"));
    }

    [TestCase("strict")]
    [TestCase("Strict")]
    public async Task StrictAnalysisModeMakesEveryRuleAnError(string mode)
    {
        var result = await BuildConsumerAsync(editorConfig: null, $"-p:TddGuardAnalysisMode={mode}");

        Assert.That(result.ExitCode, Is.Not.Zero, result.Output);
        Assert.That(result.Output, Does.Contain($"Deep.cs{Location("if (b)")}: error TG2001"));
    }

    [Test]
    public async Task TheUsersEditorConfigWinsOverTheStrictPreset()
    {
        // TG1000 has no source location, so only a global config (not an [*.cs] section) can set its severity.
        var result = await BuildConsumerAsync(
            "dotnet_diagnostic.TG2001.severity = suggestion",
            "is_global = true\ndotnet_diagnostic.TG1000.severity = none",
            ["-p:TddGuardAnalysisMode=strict"]);

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Not.Contain("error TG2001"));
    }

    [Test]
    public async Task AnUnknownAnalysisModeFailsTheBuildWithTheAllowedValues()
    {
        var result = await BuildConsumerAsync(editorConfig: null, "-p:TddGuardAnalysisMode=relaxed");

        Assert.That(result.ExitCode, Is.Not.Zero, result.Output);
        Assert.That(result.Output, Does.Contain("TddGuardAnalysisMode 'relaxed' is not known"));
        Assert.That(result.Output, Does.Contain("'recommended'").And.Contain("'strict'"));
    }

    /// <summary>"(line,column)" where the text starts in <see cref="DeepSource"/>, as MSBuild prints locations.</summary>
    private static string Location(string text)
    {
        var lineIndex = Array.FindIndex(s_deepLines, line => line.Contains(text, StringComparison.Ordinal));
        var column = s_deepLines[lineIndex].IndexOf(text, StringComparison.Ordinal) + 1;
        return $"({lineIndex + 1},{column})";
    }

    private static Task<ProcessResult> BuildConsumerAsync(string? editorConfig, params string[] extraArguments) =>
        BuildConsumerAsync(editorConfig, globalConfig: null, extraArguments);

    private static async Task<ProcessResult> BuildConsumerAsync(string? editorConfig, string? globalConfig, string[] extraArguments)
    {
        using var consumer = new TemporaryDirectory("consumer");
        consumer.WriteFile("Directory.Build.props", "<Project />");
        consumer.WriteFile("nuget.config", ConsumerFeeds.NuGetConfig(includeLocalPackageCache: false));
        consumer.WriteFile("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RestorePackagesPath>{PackedSolution.PackagesCache}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TddGuard" Version="{PackedSolution.Version}" />
              </ItemGroup>
            </Project>
            """);
        consumer.WriteFile("Deep.cs", DeepSource);
        if (editorConfig is not null)
        {
            consumer.WriteFile(".editorconfig", $"root = true\n\n[*.cs]\n{editorConfig}\n");
        }

        if (globalConfig is not null)
        {
            consumer.WriteFile(".globalconfig", globalConfig + "\n");
        }

        string[] arguments = ["build", "--disable-build-servers", .. extraArguments];
        return await DotnetProcess.RunAsync(consumer.Path, arguments);
    }
}
