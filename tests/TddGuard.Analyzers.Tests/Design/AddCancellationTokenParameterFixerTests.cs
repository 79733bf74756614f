using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NUnit.Framework;
using Verify = TddGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    TddGuard.Analyzers.Design.MissingCancellationTokenAnalyzer,
    TddGuard.CodeFixes.Design.AddCancellationTokenParameterFixer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D05")]
public sealed class AddCancellationTokenParameterFixerTests
{
    private const string Store = """
        public static class Store
        {
            public static Task<string> Fetch(int id, int retries = 3, CancellationToken cancellationToken = default) => Task.FromResult("");
            public static Task Save(string text) => Task.CompletedTask;
            public static Task Save(string text, CancellationToken cancellationToken) => Task.CompletedTask;
            public static Task<int> CountAsync(this IEnumerable<int> items, CancellationToken cancellationToken = default) => Task.FromResult(0);
        }
        """;

    [Test]
    public async Task AddsAnOptionalTokenAndForwardsItAddingTheUsingDirective()
    {
        const string source = """
            using System.Threading.Tasks;

            public class Service
            {
                public async Task [|Run|](int delay)
                {
                    await Task.Delay(delay);
                }
            }
            """;
        const string fixedSource = """
            using System.Threading;
            using System.Threading.Tasks;

            public class Service
            {
                public async Task Run(int delay, CancellationToken cancellationToken = default)
                {
                    await Task.Delay(delay, cancellationToken);
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [TestCase("await Task.Delay(10);", "await Task.Delay(10, cancellationToken);")]
    [TestCase("await Task.Delay(millisecondsDelay: 10);", "await Task.Delay(millisecondsDelay: 10, cancellationToken: cancellationToken);")]
    [TestCase("await Task.Delay(10).ConfigureAwait(false);", "await Task.Delay(10, cancellationToken).ConfigureAwait(false);")]
    [TestCase("var text = await Store.Fetch(1, 2);", "var text = await Store.Fetch(1, 2, cancellationToken);")]
    [TestCase("var text = await Store.Fetch(1);", "var text = await Store.Fetch(1, cancellationToken: cancellationToken);")]
    [TestCase("await Store.Save(\"a\");", "await Store.Save(\"a\", cancellationToken);")]
    [TestCase("var n = await new[] { 1 }.CountAsync();", "var n = await new[] { 1 }.CountAsync(cancellationToken);")]
    [TestCase("var n = await Store.CountAsync(new[] { 1 });", "var n = await Store.CountAsync(new[] { 1 }, cancellationToken);")]
    [TestCase("await Store.Save(await Store.Fetch(1, 2));", "await Store.Save(await Store.Fetch(1, 2, cancellationToken), cancellationToken);")]
    [TestCase("await Task.Delay(1); await Task.Yield(); await Task.Delay(2);", "await Task.Delay(1, cancellationToken); await Task.Yield(); await Task.Delay(2, cancellationToken);")]
    [TestCase("System.Func<Task> later = async () => await Task.Delay(1); await Task.Delay(2);", "System.Func<Task> later = async () => await Task.Delay(1); await Task.Delay(2, cancellationToken);")]
    public async Task ForwardsTheTokenToEveryAwaitedCallThatTakesOne(string body, string fixedBody)
    {
        const string template = """
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;

            public class Service
            {
                public async Task NAME()
                {
                    BODY
                }
            }

            STORE
            """;

        await Verify.VerifyAsync(
            template.Replace("NAME()", "[|Run|]()").Replace("BODY", body).Replace("STORE", Store),
            template.Replace("NAME()", "Run(CancellationToken cancellationToken = default)").Replace("BODY", fixedBody).Replace("STORE", Store));
    }

    [Test]
    public async Task PicksANameThatCollidesWithNothingInTheMethod()
    {
        const string source = """
            using System.Threading;
            using System.Threading.Tasks;

            public class Service
            {
                private readonly int cancellationToken = 5;

                public async Task<int> [|Run|](int id) => await Task.Run(() => id + cancellationToken);
            }
            """;
        const string fixedSource = """
            using System.Threading;
            using System.Threading.Tasks;

            public class Service
            {
                private readonly int cancellationToken = 5;

                public async Task<int> Run(int id, CancellationToken cancellationToken1 = default) => await Task.Run(() => id + cancellationToken, cancellationToken1);
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task KeepsAParameterListThatSpansLinesInItsShape()
    {
        const string source = """
            using System.Threading.Tasks;

            public class Service
            {
                public async Task [|Run|](
                    int first,
                    int second) // why
                {
                    await Task.Delay(first + second);
                }
            }
            """;
        const string fixedSource = """
            using System.Threading;
            using System.Threading.Tasks;

            public class Service
            {
                public async Task Run(
                    int first,
                    int second,
                    CancellationToken cancellationToken = default) // why
                {
                    await Task.Delay(first + second, cancellationToken);
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task CallersKeepCompiling()
    {
        const string source = """
            using System.Threading.Tasks;

            public class Service
            {
                public async Task [|Run|]() => await Task.Delay(1);

                private async Task Caller() => await Run();
            }
            """;
        const string fixedSource = """
            using System.Threading;
            using System.Threading.Tasks;

            public class Service
            {
                public async Task Run(CancellationToken cancellationToken = default) => await Task.Delay(1, cancellationToken);

                private async Task Caller() => await Run();
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [TestCase("public async Task [|Run|]() => await Task.Delay(1); System.Func<Task> Later() => Run;")]
    [TestCase("public virtual async Task [|Run|]() => await Task.Delay(1);")]
    [TestCase("public async Task [|Run|](params int[] ids) => await Task.Delay(ids.Length);")]
    public async Task OffersNoFixWhereANewParameterWouldBreakCode(string members)
    {
        var source = $$"""
            using System.Threading.Tasks;

            public class Service
            {
                {{members}}
            }
            """;

        await Verify.VerifyAsync(source, source);
    }

    [Test]
    public async Task FixAllAddsTokensToEveryMethodAndOneUsingDirective()
    {
        const string source = """
            namespace App
            {
                public class Service
                {
                    public async System.Threading.Tasks.Task [|Start|]() => await System.Threading.Tasks.Task.Delay(1);

                    public async System.Threading.Tasks.Task<int> [|Count|](int id)
                    {
                        await System.Threading.Tasks.Task.Delay(id);
                        return id;
                    }

                    public async System.Threading.Tasks.Task [|Later|]() => await System.Threading.Tasks.Task.Delay(2);

                    public System.Func<System.Threading.Tasks.Task> Timer() => Later;
                }
            }
            """;
        const string fixedSource = """
            using System.Threading;

            namespace App
            {
                public class Service
                {
                    public async System.Threading.Tasks.Task Start(CancellationToken cancellationToken = default) => await System.Threading.Tasks.Task.Delay(1, cancellationToken);

                    public async System.Threading.Tasks.Task<int> Count(int id, CancellationToken cancellationToken = default)
                    {
                        await System.Threading.Tasks.Task.Delay(id, cancellationToken);
                        return id;
                    }

                    public async System.Threading.Tasks.Task [|Later|]() => await System.Threading.Tasks.Task.Delay(2);

                    public System.Func<System.Threading.Tasks.Task> Timer() => Later;
                }
            }
            """;

        var test = Verify.CreateTest(source, fixedSource);
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }
}
