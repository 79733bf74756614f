using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Packaging;

/// <summary>
/// <c>dotnet test -p:TddGuardCheckOnTest=true</c> in a consumer repository: after the tests ran, the package
/// reconciles design/TODO.md with them and reports its findings as build warnings at the checklist's lines.
/// </summary>
[TestFixture]
[Category("Integration")]
[Property("Todo", "C06")]
public sealed class CheckOnTestTests
{
    private const string Todo = """
        # Shop

        - [x] S01 Adding an item counts it
        - [x] S02 Removing an item forgets it
        - [ ] S03 A new cart is empty
        """;

    private const string CartTestsSource = """
        using NUnit.Framework;
        using Shop;

        namespace Shop.Tests;

        public sealed class CartTests
        {
            [Test]
            [Property("Todo", "S01")]
            public void AddingAnItemCountsIt()
            {
                var cart = new Cart();
                cart.Add(1);
                Assert.That(cart.Count, Is.EqualTo(1));
            }

            [Test]
            [Property("Todo", "S03")]
            public void ANewCartIsEmpty()
            {
                Assert.That(new Cart().Count, Is.Zero);
            }
        }
        """;

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
        }
        """;

    [Test]
    public async Task TheChecklistsFindingsBecomeBuildWarningsAtItsLines()
    {
        using var solution = CreateSolution();

        var result = await DotnetProcess.RunAsync(solution.Path, "test", "tests/Shop.Tests", "-p:TddGuardCheckOnTest=true", "--disable-build-servers");

        var todo = solution.Combine("design", "TODO.md");
        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Contain($"{todo}(4,3): warning TG3001: 'S02'"));
        Assert.That(result.Output, Does.Contain($"{todo}(5,3): message TG3006: 'S03' is open but all 1 of its linked tests pass"), "the results of the run were read");
        Assert.That(result.Output, Does.Not.Contain("TG3002"));
    }

    [Test]
    public async Task WithoutThePropertyTheTestRunChecksNothing()
    {
        using var solution = CreateSolution();

        var result = await DotnetProcess.RunAsync(solution.Path, "test", "tests/Shop.Tests", "--disable-build-servers");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Contain("Passed!"));
        Assert.That(result.Output, Does.Not.Contain("TG3001"));
    }

    private static TemporaryDirectory CreateSolution()
    {
        var solution = ShopSolution.Create("check-on-test", CartSource, CartTestsSource, "NUnit3TestAdapter", "Microsoft.NET.Test.Sdk");
        solution.WriteFile("design/TODO.md", Todo);
        return solution;
    }
}
