using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NUnit.Framework;
using Verify = TddGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    TddGuard.Analyzers.Design.AsyncVoidAnalyzer,
    TddGuard.CodeFixes.Design.ReturnTaskFromAsyncVoidFixer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D05")]
public sealed class ReturnTaskFromAsyncVoidFixerTests
{
    [Test]
    public async Task ReturnsTaskAndLeavesCallersAlone()
    {
        const string source = """
            using System.Threading.Tasks;

            class C
            {
                public async void [|Save|]()
                {
                    await Task.Delay(1);
                }

                void Caller() => Save();

                string Name() => nameof(Save);
            }
            """;
        const string fixedSource = """
            using System.Threading.Tasks;

            class C
            {
                public async Task Save()
                {
                    await Task.Delay(1);
                }

                void Caller() => Save();

                string Name() => nameof(Save);
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task AddsTheUsingDirectiveWhenTaskIsNotInScope()
    {
        const string source = """
            using System;

            namespace App;

            class C
            {
                private async void [|Save|]() => await System.Threading.Tasks.Task.Delay(1);
            }
            """;
        const string fixedSource = """
            using System;
            using System.Threading.Tasks;

            namespace App;

            class C
            {
                private async Task Save() => await System.Threading.Tasks.Task.Delay(1);
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task KeepsCommentsAroundTheReturnType()
    {
        const string source = """
            using System.Threading.Tasks;

            class C
            {
                // Saves.
                public /* a */ async /* b */ void /* c */ [|Save|]() => await Task.Yield(); // d
            }
            """;
        const string fixedSource = """
            using System.Threading.Tasks;

            class C
            {
                // Saves.
                public /* a */ async /* b */ Task /* c */ Save() => await Task.Yield(); // d
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task ReturnsTaskFromALocalFunction()
    {
        const string source = """
            using System.Threading.Tasks;

            class C
            {
                void M()
                {
                    Refresh();

                    static async void [|Refresh|]()
                    {
                        await Task.Yield();
                    }
                }
            }
            """;
        const string fixedSource = """
            using System.Threading.Tasks;

            class C
            {
                void M()
                {
                    Refresh();

                    static async Task Refresh()
                    {
                        await Task.Yield();
                    }
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [TestCase("System.Action<int> run = Save;")]
    [TestCase("System.Action<int> run = this.Save;")]
    [TestCase("System.Action<int> run = new System.Action<int>(Save);")]
    [TestCase("new System.Collections.Generic.List<int>().ForEach(Save);")]
    [TestCase("Changed += Save;")]
    [TestCase("System.Delegate run = Save;")]
    public async Task OffersNoFixWhenTheMethodIsUsedAsADelegate(string usage)
    {
        var source = $$"""
            using System.Threading.Tasks;

            class C
            {
                public event System.Action<int>? Changed;

                async void [|Save|](int id) => await Task.Delay(id);

                void M()
                {
                    {{usage}}
                    Save(1);
                }
            }
            """;

        await Verify.VerifyAsync(source, source);
    }

    [Test]
    public async Task OffersNoFixWhenAnotherDocumentUsesTheMethodAsADelegate()
    {
        var test = Verify.CreateTest(string.Empty, string.Empty);
        test.TestState.Sources.Clear();
        test.FixedState.Sources.Clear();
        const string service = """
            using System.Threading.Tasks;

            class Service
            {
                internal async void [|Refresh|]() => await Task.Yield();
            }
            """;
        const string timer = """
            class Timer
            {
                System.Action Tick(Service service) => service.Refresh;
            }
            """;
        test.TestState.Sources.Add(("/0/Service.cs", service));
        test.TestState.Sources.Add(("/0/Timer.cs", timer));
        test.FixedState.Sources.Add(("/0/Service.cs", service));
        test.FixedState.Sources.Add(("/0/Timer.cs", timer));

        await test.RunAsync();
    }

    [Test]
    public async Task OffersNoFixForAsyncLambdas()
    {
        const string source = """
            using System.Threading.Tasks;

            class C
            {
                void M()
                {
                    System.Action run = [|async|] () => await Task.Yield();
                }
            }
            """;

        await Verify.VerifyAsync(source, source);
    }

    [Test]
    public async Task FixAllReturnsTaskEverywhereItCanAndAddsOneUsingDirective()
    {
        const string source = """
            namespace App
            {
                class C
                {
                    async void [|Save|]() => await System.Threading.Tasks.Task.Yield();

                    async void [|Load|]() => await System.Threading.Tasks.Task.Yield();

                    async void [|Tick|]() => await System.Threading.Tasks.Task.Yield();

                    System.Action Timer() => Tick;

                    void M()
                    {
                        async void [|Local|]() => await System.Threading.Tasks.Task.Yield();
                        Local();
                    }
                }
            }
            """;
        const string fixedSource = """
            using System.Threading.Tasks;

            namespace App
            {
                class C
                {
                    async Task Save() => await System.Threading.Tasks.Task.Yield();

                    async Task Load() => await System.Threading.Tasks.Task.Yield();

                    async void [|Tick|]() => await System.Threading.Tasks.Task.Yield();

                    System.Action Timer() => Tick;

                    void M()
                    {
                        async Task Local() => await System.Threading.Tasks.Task.Yield();
                        Local();
                    }
                }
            }
            """;

        var test = Verify.CreateTest(source, fixedSource);
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }
}
