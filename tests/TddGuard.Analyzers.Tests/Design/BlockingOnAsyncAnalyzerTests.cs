using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.BlockingOnAsyncAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D05")]
public sealed class BlockingOnAsyncAnalyzerTests
{
    private const string AwaitIt = "await the task instead";

    private const string Members = """
            static Task Work() => Task.CompletedTask;
            static Task<int> Number() => Task.FromResult(1);
            static ValueTask Pending() => default;
            static ValueTask<int> PendingNumber() => new(1);
        """;

    [TestCase("var n = Number().{|#0:Result|};", "Result")]
    [TestCase("var n = PendingNumber().{|#0:Result|};", "Result")]
    [TestCase("Task<int>? t = Number(); var n = t?.{|#0:Result|};", "Result")]
    [TestCase("Work().{|#0:Wait|}();", "Wait")]
    [TestCase("Number().{|#0:Wait|}();", "Wait")]
    [TestCase("var done = Work().{|#0:Wait|}(100);", "Wait")]
    [TestCase("Work().{|#0:Wait|}(System.Threading.CancellationToken.None);", "Wait")]
    [TestCase("Work().GetAwaiter().{|#0:GetResult|}();", "GetResult")]
    [TestCase("var n = Number().GetAwaiter().{|#0:GetResult|}();", "GetResult")]
    [TestCase("Pending().GetAwaiter().{|#0:GetResult|}();", "GetResult")]
    [TestCase("var n = PendingNumber().GetAwaiter().{|#0:GetResult|}();", "GetResult")]
    [TestCase("Work().ConfigureAwait(false).GetAwaiter().{|#0:GetResult|}();", "GetResult")]
    [TestCase("var n = Number().ConfigureAwait(false).GetAwaiter().{|#0:GetResult|}();", "GetResult")]
    [TestCase("PendingNumber().ConfigureAwait(false).GetAwaiter().{|#0:GetResult|}();", "GetResult")]
    public async Task ReportsBlockingOnATaskOnTheMemberName(string statement, string member)
    {
        var source = $$"""
            using System.Threading.Tasks;

            class C
            {
            {{Members}}

                void M()
                {
                    {{statement}}
                }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2012").WithLocation(0).WithArguments(member, AwaitIt));
    }

    [TestCase("Task.{|#0:WaitAll|}(Work(), Work());", "WaitAll", "await Task.WhenAll instead")]
    [TestCase("var first = Task.{|#0:WaitAny|}(Work(), Work());", "WaitAny", "await Task.WhenAny instead")]
    public async Task ReportsWaitingForSeveralTasks(string statement, string member, string advice)
    {
        var source = $$"""
            using System.Threading.Tasks;

            class C
            {
            {{Members}}

                void M()
                {
                    {{statement}}
                }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2012").WithLocation(0).WithArguments(member, advice));
    }

    [TestCase("await Work();")]
    [TestCase("var n = await Number();")]
    [TestCase("var done = Work().IsCompleted;")]
    [TestCase("var status = Work().Status;")]
    [TestCase("var awaiter = Number().GetAwaiter(); var n = awaiter.GetResult();")]
    [TestCase("var n = new Job().Result; new Job().Wait(); new Job().GetAwaiter().GetResult();")]
    [TestCase("var n = new System.Lazy<int>(() => 1).Value;")]
    [TestCase("System.Threading.Thread.Sleep(1);")]
    public async Task DoesNotReportAwaitingOrOtherTypes(string statement)
    {
        var source = $$"""
            using System.Threading.Tasks;

            class C
            {
            {{Members}}

                async Task M()
                {
                    {{statement}}
                }
            }

            class Job
            {
                public int Result => 1;
                public void Wait() { }
                public Job GetAwaiter() => this;
                public bool IsCompleted => true;
                public int GetResult() => 1;
                public void OnCompleted(System.Action continuation) { }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [TestCase("await Task.WhenAll(a, b); return a.Result + b.GetAwaiter().GetResult();")]
    [TestCase("await Task.WhenAll(new[] { a, b }); return a.Result;")]
    [TestCase("await Task.WhenAll([a, b]); return a.Result;")]
    [TestCase("await (a); return a.Result;")]
    [TestCase("await a; return a.Result;")]
    [TestCase("await a.ConfigureAwait(false); return a.Result;")]
    [TestCase("if (a.IsCompleted) { return a.Result; } return await b;")]
    [TestCase("if (!a.IsCompletedSuccessfully) { return 0; } return a.Result;")]
    [TestCase("return a.IsFaulted || a.IsCanceled ? 0 : a.Result;")]
    [TestCase("return a.Status == TaskStatus.RanToCompletion ? a.Result : 0;")]
    [TestCase("var winner = await Task.WhenAny(a, b); return winner.Result;")]
    [TestCase("return await a.ContinueWith(done => done.Result + 1);")]
    [TestCase("await Task.WhenAll(a, b); return new[] { 1 }.Select(x => a.Result + x).Sum();")]
    [TestCase("if (this._pending.IsCompleted) { return _pending.Result; } return 0;")]
    [TestCase("await Task.WhenAll(this._pending, a); return this._pending.Result;")]
    [TestCase("await _pending; return this._pending.GetAwaiter().GetResult();")]
    public async Task DoesNotReportATaskThatIsKnownToHaveCompleted(string body)
    {
        var source = $$"""
            using System.Linq;
            using System.Threading.Tasks;

            class C
            {
                private readonly Task<int> _pending = Task.FromResult(1);

                async Task<int> M(Task<int> a, Task<int> b)
                {
                    {{body}}
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [TestCase("await Task.WhenAll(all); return all.Select(t => t.Result).Sum();")]
    [TestCase("await Task.WhenAll(all.ToArray()); return all.Sum(t => t.Result);")]
    [TestCase("await Task.WhenAll(this._all); return _all.Sum(t => t.GetAwaiter().GetResult());")]
    [TestCase("await Task.WhenAll(all).ConfigureAwait(false); var sum = 0; foreach (var t in all) { sum += t.Result; } return sum;")]
    [TestCase("await Task.WhenAll(all); return all[0].Result;")]
    [TestCase("await Task.WhenAll(array); return array[0].Result;")]
    [TestCase("if (!Completion.IsCompletedSuccessfully(a)) { return 0; } return a.Result;")]
    [TestCase("int n; do { n = 1; } while (Completion.IsCompleted(a) && !a.Result.Equals(n)); return n;")]
    public async Task DoesNotReportTasksOfAnAwaitedCollectionOrCheckedByAHelper(string body)
    {
        await Verify.VerifyAsync(WithCollectionsAndHelpers(body));
    }

    [TestCase("await Task.WhenAll(others); return all.Select(t => t.{|#0:Result|}).Sum();")]
    [TestCase("var sum = 0; foreach (var t in all) { sum += t.{|#0:Result|}; } await Task.WhenAll(all); return sum;")]
    [TestCase("await Task.WhenAll(all.Take(1)); return all.Sum(t => t.{|#0:Result|});")]
    [TestCase("await Task.WhenAll(all); return others.Sum(t => all[0].Result + t.{|#0:Result|});")]
    [TestCase("await Task.WhenAll(others); return array[0].{|#0:Result|};")]
    [TestCase("System.Func<Task> later = () => Task.WhenAll(all); return all.Sum(t => t.{|#0:Result|});")]
    [TestCase("if (!Completion.IsCompletedSuccessfully(b)) { return 0; } return a.{|#0:Result|};")]
    [TestCase("if (!Completion.Started(a)) { return 0; } return a.{|#0:Result|};")]
    public async Task StillReportsTasksOfACollectionThatWasNotAwaitedBeforeOrAfterAHelperThatChecksSomethingElse(string body)
    {
        await Verify.VerifyAsync(WithCollectionsAndHelpers(body), Verify.Diagnostic("TG2012").WithLocation(0).WithArguments("Result", AwaitIt));
    }

    [TestCase("var n = a.{|#0:Result|}; await a; return n;")]
    [TestCase("await b; return a.{|#0:Result|};")]
    [TestCase("await Log(a); return a.{|#0:Result|};")]
    [TestCase("await Task.WhenAny(a, b); return a.{|#0:Result|};")]
    [TestCase("if (b.IsCompleted) { return a.{|#0:Result|}; } return 0;")]
    [TestCase("return await b.ContinueWith(done => a.{|#0:Result|});")]
    [TestCase("System.Func<Task<int>> later = async () => await a; return a.{|#0:Result|};")]
    [TestCase("int Local() => a.IsCompleted ? 1 : 0; return a.{|#0:Result|};")]
    public async Task StillReportsWhenTheEvidenceIsAboutAnotherTaskOrComesLater(string body)
    {
        var source = $$"""
            using System.Threading.Tasks;

            class C
            {
                async Task<int> M(Task<int> a, Task<int> b)
                {
                    {{body}}
                }

                static Task Log(Task<int> task) => Task.CompletedTask;
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2012").WithLocation(0).WithArguments("Result", AwaitIt));
    }

    [Test]
    public async Task ReportsInLambdasLocalFunctionsPropertiesRecordsAndPrimaryConstructors()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;

            record Report(Task<string> Text)
            {
                public string Body => Text.{|#0:Result|};
            }

            partial class Loader(Task<int> count)
            {
                public int Count => count.{|#1:Result|};

                public Func<int> Later() => () => count.{|#2:Result|};

                public int Local()
                {
                    return Read();

                    int Read() => count.GetAwaiter().{|#3:GetResult|}();
                }
            }

            record struct Handle(Task Pending)
            {
                public void Close() => Pending.{|#4:Wait|}();
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2012").WithLocation(0).WithArguments("Result", AwaitIt),
            Verify.Diagnostic("TG2012").WithLocation(1).WithArguments("Result", AwaitIt),
            Verify.Diagnostic("TG2012").WithLocation(2).WithArguments("Result", AwaitIt),
            Verify.Diagnostic("TG2012").WithLocation(3).WithArguments("GetResult", AwaitIt),
            Verify.Diagnostic("TG2012").WithLocation(4).WithArguments("Wait", AwaitIt));
    }

    [Test]
    public async Task ReportsInTopLevelStatementsUnlessTheTaskWasAwaitedBefore()
    {
        var test = Verify.CreateTest("""
            using System.Threading.Tasks;

            var first = Task.FromResult(1);
            var second = Task.FromResult(2);
            System.Console.WriteLine(first.{|#0:Result|});
            await second;
            System.Console.WriteLine(second.Result);
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2012").WithLocation(0).WithArguments("Result", AwaitIt));

        await test.RunAsync();
    }

    [Test]
    public async Task ReportsInTestProjects()
    {
        var test = Verify.CreateTest("""
            using System.Threading.Tasks;
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public void Adds() => Assert.That(Task.FromResult(2).{|#0:Result|}, Is.EqualTo(2));
            }
            """);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(TestAttribute).Assembly.Location));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2012").WithLocation(0).WithArguments("Result", AwaitIt));

        await test.RunAsync();
    }

    [TestCase("// <auto-generated/>\n")]
    [TestCase("// <autogenerated />\n")]
    public async Task SkipsGeneratedCode(string header)
    {
        var source = header + """
            using System.Threading.Tasks;

            class C
            {
                int M(Task<int> t)
                {
                    t.Wait();
                    return t.Result + t.GetAwaiter().GetResult();
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task SkipsFilesNamedAsGenerated()
    {
        var test = Verify.CreateTest(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("Generated.g.cs", """
            class C
            {
                int M(System.Threading.Tasks.Task<int> t) => t.Result;
            }
            """));

        await test.RunAsync();
    }

    [TestCase("class C { int M(System.Threading.Tasks.Task<int> t) => t.")]
    [TestCase("class C { int M(System.Threading.Tasks.Task<int> t) => t.Result")]
    [TestCase("class C { void M(System.Threading.Tasks.Task t) { t.Wait( } }")]
    [TestCase("class C { void M(System.Threading.Tasks.Task t) { t.GetAwaiter().GetResult(; } }")]
    [TestCase("class C { void M(Missing t) { t.Wait(); var x = t.Result; t.GetAwaiter().GetResult(); } }")]
    [TestCase("class C { async System.Threading.Tasks.Task<int> M(System.Threading.Tasks.Task<int> t) { await ; return t.Result; } }")]
    [TestCase("class C { int M(System.Threading.Tasks.Task<int> t) { if (t.) return t.Result; } }")]
    [TestCase("var t = System.Threading.Tasks.Task.FromResult(1); await t; t.Result")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source, new BlockingOnAsyncAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new BlockingOnAsyncAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2012.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2012"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }

    /// <summary>A method body with tasks, collections and an array of them, and helpers named like completion checks.</summary>
    private static string WithCollectionsAndHelpers(string body) => $$"""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        class C
        {
            private readonly List<Task<int>> _all = new();

            async Task<int> M(Task<int> a, Task<int> b, List<Task<int>> all, List<Task<int>> others, Task<int>[] array)
            {
                {{body}}
            }
        }

        static class Completion
        {
            public static bool IsCompleted(Task task) => task.IsCompleted;

            public static bool IsCompletedSuccessfully(Task task) => task.Status == TaskStatus.RanToCompletion;

            public static bool Started(Task task) => task.Status != TaskStatus.Created;
        }
        """;
}
