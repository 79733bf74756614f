using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using TddGuard.Check;
using TddGuard.Reconciliation;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Check;

/// <summary>
/// TG1000-TG1002 judged again after the build with the exact test map: the test projects' compiler command lines are
/// compiled in-process, what their code binds to is handed to TddGuard's own analyzer over the production project.
/// </summary>
[TestFixture]
[Property("Todo", "C06")]
public sealed class ExactUntestedCodeTests
{
    private const string Cart = """
        namespace Shop;

        public class Cart
        {
            public int Add(int item) => item;

            public string Add(string item) => item;

            public int Remove(int item) => item;
        }
        """;

    private const string CartTests = """
        namespace Shop.Tests;

        public class CartTests
        {
            public void Adds() => new Shop.Cart().Add(1);
        }
        """;

    private static readonly string[] s_shopOnly = ["Shop"];

    private static readonly string[] s_shopAndPricing = ["Shop", "Shop.Pricing"];

    private static readonly string s_analyzer = Path.Combine(AppContext.BaseDirectory, BuildInjection.AnalyzerFileName);

    [Test]
    public async Task ReportsTheOverloadAndTheMemberTheTestsNeverBindTo()
    {
        using var repository = new TemporaryDirectory("exact-map");
        var logs = WriteProjects(repository, editorConfig: null);

        var result = await ExactUntestedCode.JudgeAsync(logs, s_analyzer, repository.Path, CancellationToken.None);

        Assert.That(result.Projects, Is.EqualTo(s_shopOnly));
        Assert.That(
            result.Findings.Select(finding => (finding.Id, finding.Location.File, finding.Location.Line, finding.Severity, finding.Source)),
            Is.EquivalentTo(new[]
            {
                ("TG1001", "Shop/Cart.cs", 7, FindingSeverity.Warning, "Shop"),
                ("TG1001", "Shop/Cart.cs", 9, FindingSeverity.Warning, "Shop"),
            }));
        Assert.That(result.Findings.Select(finding => finding.Message), Has.All.Contains("No test reaches 'Cart."));
    }

    [Test]
    [Property("Todo", "R03")]
    public async Task FollowsTheTestsThroughTheCodeIntoTheProjectsItReferences()
    {
        using var repository = new TemporaryDirectory("exact-map-reach");
        const string pricing = """
            namespace Shop.Pricing;

            public static class Tax
            {
                public static int Of(int amount) => amount * Rate() / 100;

                public static int Rate() => 20;

                public static int Refund(int amount) => -amount;
            }
            """;
        const string cart = """
            namespace Shop;

            public class Cart
            {
                public int Add(int item) => item + Pricing.Tax.Of(item);

                public string Add(string item) => item;
            }
            """;
        var platform = PlatformAssemblies.Paths();
        var pricingDll = Emit(repository, "Shop.Pricing", "Tax.cs", pricing, platform);
        var shopDll = Emit(repository, "Shop", "Cart.cs", cart, [.. platform, pricingDll]);
        repository.WriteFile("Shop.Tests/CartTests.cs", CartTests);
        var logs = repository.Combine("logs");
        Record(logs, "Shop.Pricing", repository.Combine("Shop.Pricing"), isTest: false, [.. platform.Select(path => "/reference:" + path), "/target:library", "/out:bin/Shop.Pricing.dll", "Tax.cs"]);
        Record(logs, "Shop", repository.Combine("Shop"), isTest: false, [.. platform.Append(pricingDll).Select(path => "/reference:" + path), "/target:library", "/out:bin/Shop.dll", "Cart.cs"]);
        Record(logs, "Shop.Tests", repository.Combine("Shop.Tests"), isTest: true, [.. platform.Append(pricingDll).Append(shopDll).Select(path => "/reference:" + path), "/target:library", "/out:bin/Shop.Tests.dll", "CartTests.cs"]);

        var result = await ExactUntestedCode.JudgeAsync(logs, s_analyzer, repository.Path, CancellationToken.None);

        Assert.That(result.Projects, Is.EquivalentTo(s_shopAndPricing));
        Assert.That(
            result.Findings.Select(finding => (finding.Id, finding.Location.File, finding.Location.Line)),
            Is.EquivalentTo(new[] { ("TG1001", "Shop/Cart.cs", 7), ("TG1001", "Shop.Pricing/Tax.cs", 9) }));
    }

    [TestCase("error", FindingSeverity.Error, 2)]
    [TestCase("suggestion", FindingSeverity.Note, 2)]
    [TestCase("none", FindingSeverity.Warning, 0)]
    public async Task TheProjectsConfiguredSeverityHolds(string severity, FindingSeverity expected, int count)
    {
        using var repository = new TemporaryDirectory("exact-map-severity");
        var logs = WriteProjects(repository, $"root = true\n\n[*.cs]\ndotnet_diagnostic.TG1001.severity = {severity}\n");

        var result = await ExactUntestedCode.JudgeAsync(logs, s_analyzer, repository.Path, CancellationToken.None);

        Assert.That(result.Findings, Has.Count.EqualTo(count));
        Assert.That(result.Findings.Select(finding => finding.Severity), Has.All.EqualTo(expected));
    }

    [Test]
    public async Task AProductionProjectNoTestProjectReferencesIsLeftToTheBuild()
    {
        using var repository = new TemporaryDirectory("exact-map-unreferenced");
        var logs = WriteProjects(repository, editorConfig: null, testsReferenceShop: false);

        var result = await ExactUntestedCode.JudgeAsync(logs, s_analyzer, repository.Path, CancellationToken.None);

        Assert.That(result.Projects, Is.Empty);
        Assert.That(result.Findings, Is.Empty);
    }

    [Test]
    public async Task AProjectThatCannotBeCompiledAgainIsLeftToTheBuildWithANote()
    {
        using var repository = new TemporaryDirectory("exact-map-broken");
        var logs = WriteProjects(repository, editorConfig: null);
        File.Delete(repository.Combine("Shop", "Cart.cs"));

        var result = await ExactUntestedCode.JudgeAsync(logs, s_analyzer, repository.Path, CancellationToken.None);

        Assert.That(result.Projects, Is.Empty);
        Assert.That(result.Notes, Has.Some.Contains("Cart.cs"));
    }

    [Test]
    public async Task NoRecordsNoJudgement()
    {
        using var repository = new TemporaryDirectory("exact-map-none");

        var result = await ExactUntestedCode.JudgeAsync(repository.Combine("logs"), s_analyzer, repository.Path, CancellationToken.None);

        Assert.That(result.Projects, Is.Empty);
        Assert.That(result.Findings, Is.Empty);
    }

    [Test]
    public void SaysWhetherTheExactFindingsAgreeWithTheApproximation()
    {
        var overload = new CheckFinding("TG1001", FindingSeverity.Warning, "No test reaches 'Cart.Add' (no test calls it or any code that calls it)", new SourceLocation("Shop/Cart.cs", 7, 19), "Shop");
        var remove = overload with { Location = new SourceLocation("Shop/Cart.cs", 9, 16) };

        Assert.That(ExactUntestedCode.Compare("Shop", [remove], [remove]), Does.Contain("agree"));
        Assert.That(
            ExactUntestedCode.Compare("Shop", [remove], [overload, remove]),
            Does.Contain("1 the approximation missed (TG1001 Shop/Cart.cs:7)").And.Not.Contain("agree"));
        Assert.That(ExactUntestedCode.Compare("Shop", [overload], []), Does.Contain("1 it reported that the tests do cover (TG1001 Shop/Cart.cs:7)"));
    }

    /// <summary>A production project Shop and a test project Shop.Tests, as the injected build logic records them.</summary>
    private static string WriteProjects(TemporaryDirectory repository, string? editorConfig, bool testsReferenceShop = true)
    {
        repository.WriteFile("Shop/Cart.cs", Cart);
        repository.WriteFile("Shop.Tests/CartTests.cs", CartTests);
        var platform = PlatformAssemblies.Paths();
        var shopDll = repository.Combine("Shop", "bin", "Shop.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(shopDll)!);
        var emitted = CSharpCompilation.Create("Shop", [CSharpSyntaxTree.ParseText(Cart)], platform.Select(path => MetadataReference.CreateFromFile(path)), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .Emit(shopDll);
        Assert.That(emitted.Success, Is.True, "the fixture's production assembly compiles");

        var shopArguments = new List<string> { "/target:library", "/out:bin/Shop.dll", "Cart.cs" };
        if (editorConfig is not null)
        {
            repository.WriteFile("Shop/.editorconfig", editorConfig);
            shopArguments.Add("/analyzerconfig:" + repository.Combine("Shop", ".editorconfig"));
        }

        IReadOnlyList<string> testReferences = testsReferenceShop ? [.. platform, shopDll] : platform;
        var logs = repository.Combine("logs");
        Record(logs, "Shop", repository.Combine("Shop"), isTest: false, [.. platform.Select(path => "/reference:" + path), .. shopArguments]);
        Record(logs, "Shop.Tests", repository.Combine("Shop.Tests"), isTest: true, [.. testReferences.Select(path => "/reference:" + path), "/target:library", "/out:bin/Shop.Tests.dll", "CartTests.cs"]);
        return logs;
    }

    /// <summary>Writes <paramref name="file"/> of project <paramref name="project"/> and emits its assembly into the project's bin folder.</summary>
    private static string Emit(TemporaryDirectory repository, string project, string file, string source, IReadOnlyList<string> references)
    {
        repository.WriteFile($"{project}/{file}", source);
        var dll = repository.Combine(project, "bin", project + ".dll");
        Directory.CreateDirectory(Path.GetDirectoryName(dll)!);
        var emitted = CSharpCompilation.Create(project, [CSharpSyntaxTree.ParseText(source)], references.Select(path => MetadataReference.CreateFromFile(path)), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .Emit(dll);
        Assert.That(emitted.Success, Is.True, $"the fixture's assembly {project} compiles");
        return dll;
    }

    private static void Record(string logs, string project, string directory, bool isTest, IEnumerable<string> arguments)
    {
        Directory.CreateDirectory(Path.Combine(logs, project));
        File.WriteAllLines(
            Path.Combine(logs, project, "net10.0" + CompilerInvocation.Extension),
            [CompilerInvocation.DirectoryHeader + directory, CompilerInvocation.TestHeader + (isTest ? "true" : string.Empty), .. arguments]);
    }
}
