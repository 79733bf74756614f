using System;
using System.IO;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Packaging;

/// <summary>
/// A production project and its test project, both referencing only the package, laid out by convention and
/// with no configuration: the production build must see the tests and judge what they leave untested.
/// </summary>
[TestFixture]
[Category("Integration")]
public sealed class TestSourceDiscoveryTests
{
    private const string CartSource = """
        using System.Collections.Generic;

        namespace Shop;

        public sealed class Cart
        {
            private readonly List<int> _items = new();

            public int Count => _items.Count;

            public void Add(int item)
            {
                _items.Add(item);
            }

            public void Remove(int item)
            {
                _items.Remove(item);
            }
        }
        """;

    private const string CartTestsSource = """
        using NUnit.Framework;
        using Shop;

        namespace Shop.Tests;

        public sealed class CartTests
        {
            [Test]
            public void AddingAnItemCountsIt()
            {
                var cart = new Cart();
                cart.Add(1);
                Assert.That(cart.Count, Is.EqualTo(1));
            }

            [Test]
            public void AddingTwoItemsWorks()
            {
                var cart = new Cart();
                cart.Add(1);
                cart.Add(2);
            }
        }
        """;

    [Test]
    public async Task ProductionBuildReportsOnlyTheMemberNoTestReferences()
    {
        using var solution = CreateSolution();

        var result = await DotnetProcess.RunAsync(solution.Path, "build", "tests/Shop.Tests", "--disable-build-servers");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Contain($"Cart.cs{Location(CartSource, "Remove(int item)")}: warning TG1001: No test reaches 'Cart.Remove' (nothing calls it: dead or new code)"));
        Assert.That(result.Output, Does.Not.Contain("'Cart.Add'"));
        Assert.That(result.Output, Does.Not.Contain("'Cart.Count'"));
        Assert.That(result.Output, Does.Not.Contain("TG1000"));
    }

    [Test]
    [Property("Todo", "T03")]
    public async Task TestProjectBuildReportsOnlyTheTestThatAssertsNothing()
    {
        using var solution = CreateSolution();

        var result = await DotnetProcess.RunAsync(solution.Path, "build", "tests/Shop.Tests", "--disable-build-servers");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Contain($"CartTests.cs{Location(CartTestsSource, "AddingTwoItemsWorks")}: warning TG1003: Test 'AddingTwoItemsWorks' asserts nothing"));
        Assert.That(result.Output, Does.Not.Contain("'AddingAnItemCountsIt' asserts nothing"));
    }

    [Test]
    public async Task TestsOutsideTheConventionalFoldersLeaveTheProjectUnjudged()
    {
        using var solution = CreateSolution();
        Directory.Move(solution.Combine("tests", "Shop.Tests"), solution.Combine("tests", "Shop.Checks"));

        var errorLog = solution.Combine("diagnostics.sarif");

        // TG1000 is Info, which the console logger does not print; the compiler's SARIF log holds every diagnostic.
        var result = await DotnetProcess.RunAsync(solution.Path, "build", "src/Shop", "--disable-build-servers", $"-p:ErrorLog={errorLog}");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(File.ReadAllText(errorLog), Does.Contain("\"TG1000\"").And.Contain("No test sources reach project 'Shop'"));
        Assert.That(result.Output, Does.Not.Contain("TG1001"));
    }

    [Test]
    public async Task TheTddGuardTestProjectItemPointsAtTestsAnywhere()
    {
        using var solution = CreateSolution();
        Directory.Move(solution.Combine("tests", "Shop.Tests"), solution.Combine("tests", "Shop.Checks"));
        solution.WriteFile("src/Shop/Directory.Build.targets", """
            <Project>
              <ItemGroup>
                <TddGuardTestProject Include="../../tests/Shop.Checks/Shop.Tests.csproj" />
              </ItemGroup>
            </Project>
            """);

        var result = await DotnetProcess.RunAsync(solution.Path, "build", "src/Shop", "--disable-build-servers");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Contain("warning TG1001: No test reaches 'Cart.Remove' (nothing calls it: dead or new code)"));
        Assert.That(result.Output, Does.Not.Contain("'Cart.Add'"));
    }

    private static string Location(string source, string text)
    {
        var lines = source.Split('\n');
        var lineIndex = Array.FindIndex(lines, line => line.Contains(text, StringComparison.Ordinal));
        return $"({lineIndex + 1},{lines[lineIndex].IndexOf(text, StringComparison.Ordinal) + 1})";
    }

    private static TemporaryDirectory CreateSolution() => ShopSolution.Create("solution", CartSource, CartTestsSource);
}
