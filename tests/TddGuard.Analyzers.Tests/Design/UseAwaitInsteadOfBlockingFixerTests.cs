using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using NUnit.Framework;
using Verify = TddGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    TddGuard.Analyzers.Design.BlockingOnAsyncAnalyzer,
    TddGuard.CodeFixes.Design.UseAwaitInsteadOfBlockingFixer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D05")]
public sealed class UseAwaitInsteadOfBlockingFixerTests
{
    [TestCase("var n = Number().[|Result|];", "var n = await Number();")]
    [TestCase("var n = PendingNumber().[|Result|];", "var n = await PendingNumber();")]
    [TestCase("var n = Number().GetAwaiter().[|GetResult|]();", "var n = await Number();")]
    [TestCase("Work().GetAwaiter().[|GetResult|]();", "await Work();")]
    [TestCase("Pending().GetAwaiter().[|GetResult|]();", "await Pending();")]
    [TestCase("Work().ConfigureAwait(false).GetAwaiter().[|GetResult|]();", "await Work().ConfigureAwait(false);")]
    [TestCase("var n = Number().ConfigureAwait(false).GetAwaiter().[|GetResult|]();", "var n = await Number().ConfigureAwait(false);")]
    [TestCase("Work().[|Wait|]();", "await Work();")]
    [TestCase("var length = Text().[|Result|].Length;", "var length = (await Text()).Length;")]
    [TestCase("var first = Text().[|Result|][0];", "var first = (await Text())[0];")]
    [TestCase("var n = -Number().[|Result|] * 2;", "var n = -await Number() * 2;")]
    [TestCase("var n = (Number() ?? Number()).[|Result|];", "var n = await (Number() ?? Number());")]
    [TestCase("System.Console.WriteLine(Text().[|Result|]);", "System.Console.WriteLine(await Text());")]
    [TestCase("var n = /* why */ Number().[|Result|]; // note", "var n = /* why */ await Number(); // note")]
    [TestCase("var n = Number()\n            .[|Result|];", "var n = await Number();")]
    public async Task AwaitsInsteadOfBlockingInAnAsyncMethod(string statement, string fixedStatement)
    {
        const string template = """
            using System.Threading.Tasks;

            class C
            {
                static Task Work() => Task.CompletedTask;
                static Task<int> Number() => Task.FromResult(1);
                static Task<string> Text() => Task.FromResult("a");
                static ValueTask Pending() => default;
                static ValueTask<int> PendingNumber() => new(1);

                async Task M()
                {
                    STATEMENT
                }
            }
            """;

        await Verify.VerifyAsync(template.Replace("STATEMENT", statement), template.Replace("STATEMENT", fixedStatement));
    }

    [Test]
    public async Task AwaitsInAsyncLambdasLocalFunctionsAndExpressionBodies()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;

            class C
            {
                async Task<int> Count(Task<int> t) => t.[|Result|] + 1;

                void M(Task<int> t)
                {
                    Func<Task<int>> later = async () => t.[|Result|];
                    Func<Task> wait = async () => t.[|Wait|]();

                    async Task<int> Local() => t.GetAwaiter().[|GetResult|]();
                }
            }
            """;
        const string fixedSource = """
            using System;
            using System.Threading.Tasks;

            class C
            {
                async Task<int> Count(Task<int> t) => await t + 1;

                void M(Task<int> t)
                {
                    Func<Task<int>> later = async () => await t;
                    Func<Task> wait = async () => await t;

                    async Task<int> Local() => await t;
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task AwaitsInTopLevelStatements()
    {
        var test = Verify.CreateTest(
            """
            using System.Threading.Tasks;

            var text = Task.FromResult("a").[|Result|];
            System.Console.WriteLine(text);
            """,
            """
            using System.Threading.Tasks;

            var text = await Task.FromResult("a");
            System.Console.WriteLine(text);
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;

        await test.RunAsync();
    }

    [TestCase("int M(Task<int> t) => t.[|Result|];")]
    [TestCase("void M(Task<int> t) { System.Func<int> f = () => t.[|Result|]; }")]
    [TestCase("async Task M(Task<int> t) { System.Func<int> f = () => t.[|Result|]; await t; }")]
    [TestCase("async Task M(Task<int> t) { lock (this) { var n = t.[|Result|]; } }")]
    [TestCase("async Task M(Task<bool> t) { try { } catch (System.Exception) when (t.[|Result|]) { } }")]
    [TestCase("async Task M(Task<int> t) { var n = from x in new[] { 1 } select x + t.[|Result|]; }")]
    [TestCase("async Task M(Task<int> t) { unsafe { var n = t.[|Result|]; } }")]
    [TestCase("async Task M(Task<int> t) { var n = t?.[|Result|]; }")]
    [TestCase("async Task M(Task t) { t.[|Wait|](100); }")]
    [TestCase("async Task M(Task t) { Task.[|WaitAll|](t, t); }")]
    [TestCase("int P => Task.FromResult(1).[|Result|];")]
    [TestCase("async Task M(Task<int> t) { var n = t /* still running? */ .[|Result|]; }")]
    [TestCase("async Task M(Task<int> t) { var n = t.GetAwaiter() // why\n .[|GetResult|](); }")]
    public async Task OffersNoFixWhereAwaitIsNotPossibleOrNotEquivalent(string member)
    {
        var source = $$"""
            using System.Linq;
            using System.Threading.Tasks;

            class C
            {
                {{member}}
            }
            """;

        var test = Verify.CreateTest(source, source);
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectCompilationOptions(projectId, ((Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!).WithAllowUnsafe(true)));
        await test.RunAsync();
    }

    [Test]
    public async Task FixAllAwaitsEverywhereIncludingNestedBlockingCalls()
    {
        const string source = """
            using System.Threading.Tasks;

            class Box
            {
                public Task<int> Inner() => Task.FromResult(1);
            }

            class C
            {
                static Task<Box> Outer() => Task.FromResult(new Box());

                async Task<int> M(Task t)
                {
                    t.[|Wait|]();
                    var n = Outer().[|Result|].Inner().[|Result|];
                    return n + Outer().GetAwaiter().[|GetResult|]().Inner().[|Result|];
                }

                int Sync(Task<int> t) => t.[|Result|];
            }
            """;
        const string fixedSource = """
            using System.Threading.Tasks;

            class Box
            {
                public Task<int> Inner() => Task.FromResult(1);
            }

            class C
            {
                static Task<Box> Outer() => Task.FromResult(new Box());

                async Task<int> M(Task t)
                {
                    await t;
                    var n = await (await Outer()).Inner();
                    return n + await (await Outer()).Inner();
                }

                int Sync(Task<int> t) => t.[|Result|];
            }
            """;

        var test = Verify.CreateTest(source, fixedSource);
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }
}
