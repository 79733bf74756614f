using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.MissingCancellationTokenAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D05")]
public sealed class MissingCancellationTokenAnalyzerTests
{
    private const string Helpers = """
            public static class Store
            {
                public static Task<string> Fetch(int id, CancellationToken cancellationToken = default) => Task.FromResult("");
                public static Task Save(string text) => Task.CompletedTask;
                public static Task Save(string text, CancellationToken cancellationToken) => Task.CompletedTask;
                public static Task<int> CountAsync(this IEnumerable<int> items, CancellationToken cancellationToken = default) => Task.FromResult(0);
                public static Task Load<T>(IEnumerable<T> items) => Task.CompletedTask;
                public static Task Load<T>(IEnumerable<T> items, CancellationToken cancellationToken) => Task.CompletedTask;
                public static Task Mismatch(int id) => Task.CompletedTask;
                public static Task Mismatch(long id, CancellationToken cancellationToken) => Task.CompletedTask;
                public static Task Hidden(int id) => Task.CompletedTask;
                private static Task Hidden(int id, CancellationToken cancellationToken) => Task.CompletedTask;
                public static Task Retry(int id, int times = 3) => Task.CompletedTask;
                public static Task Retry(int id, int times, CancellationToken cancellationToken) => Task.CompletedTask;
            }
        """;

    [TestCase("await Task.Delay(10);", "Delay")]
    [TestCase("await Task.Delay(10).ConfigureAwait(false);", "Delay")]
    [TestCase("await System.IO.File.ReadAllTextAsync(\"a.txt\");", "ReadAllTextAsync")]
    [TestCase("await Store.Fetch(1);", "Fetch")]
    [TestCase("var text = await Store.Fetch(1);", "Fetch")]
    [TestCase("await Store.Save(\"a\");", "Save")]
    [TestCase("await new[] { 1 }.CountAsync();", "CountAsync")]
    [TestCase("await Store.Load(new[] { 1 });", "Load")]
    [TestCase("await new SemaphoreSlim(1).WaitAsync();", "WaitAsync")]
    [TestCase("await Task.Run(() => 1);", "Run")]
    [TestCase("await Task.Yield(); await Store.Save(\"a\");", "Save")]
    public async Task ReportsAPublicAsyncMethodThatCouldPassATokenOn(string body, string awaited)
    {
        var source = $$"""
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;

            public class Service
            {
                public async Task {|#0:Run|}()
                {
                    {{body}}
                }
            }

            {{Helpers}}
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2013").WithLocation(0).WithArguments("Run", awaited));
    }

    [TestCase("public async ValueTask {|#0:Run|}() => await Task.Delay(1);")]
    [TestCase("public async Task<int> {|#0:Run|}() { await Task.Delay(1); return 1; }")]
    [TestCase("public async ValueTask<int> {|#0:Run|}() { await Task.Delay(1); return 1; }")]
    [TestCase("protected async Task {|#0:Run|}() => await Task.Delay(1);")]
    [TestCase("protected internal async Task {|#0:Run|}() => await Task.Delay(1);")]
    [TestCase("public static async Task {|#0:Run|}<T>(T item) => await Task.Delay(1);")]
    [TestCase("public async Task {|#0:Run|}(params int[] ids) => await Task.Delay(ids.Length);")]
    public async Task ReportsEveryTaskShapeAndVisibleAccessibility(string member)
    {
        var source = $$"""
            using System.Threading.Tasks;

            public class Service
            {
                {{member}}
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2013").WithLocation(0).WithArguments("Run", "Delay"));
    }

    [TestCase("public async Task Run(CancellationToken cancellationToken) => await Task.Delay(1);")]
    [TestCase("public async Task Run(CancellationToken? cancellationToken = null) => await Task.Delay(1);")]
    [TestCase("public async Task Run(int id, CancellationToken cancellationToken = default) { await Task.Delay(id); }")]
    [TestCase("public Task Run() => Task.Delay(1);")]
    [TestCase("public async void Run() => await Task.Delay(1);")]
    [TestCase("private async Task Run() => await Task.Delay(1);")]
    [TestCase("internal async Task Run() => await Task.Delay(1);")]
    [TestCase("private protected async Task Run() => await Task.Delay(1);")]
    [TestCase("public async Task Run() { await Task.Yield(); await Task.WhenAll(Task.CompletedTask); await Task.CompletedTask; }")]
    [TestCase("public async Task Run() => await Task.Delay(1, CancellationToken.None);")]
    [TestCase("public async Task Run() { _ = Task.Delay(1); await Task.Yield(); }")]
    [TestCase("public async Task Run() { System.Func<Task> later = async () => await Task.Delay(1); await later(); }")]
    [TestCase("public async Task Run() { await Local(); async Task Local() => await Task.Delay(1); }")]
    [TestCase("public async Task Run() { await Store.Mismatch(1); await Store.Hidden(1); await Store.Retry(1); }")]
    [TestCase("public static async Task Main() => await Task.Delay(1);")]
    public async Task DoesNotReportWhenThereIsNothingToPassOnOrNoPublicContract(string member)
    {
        var source = $$"""
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;

            public class Service
            {
                {{member}}
            }

            {{Helpers}}
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotReportInNonPublicTypesOrWhereTheSignatureIsImposed()
    {
        const string source = """
            using System.Threading.Tasks;

            class Internal
            {
                public async Task Run() => await Task.Delay(1);
            }

            public class Outer
            {
                private class Nested
                {
                    public async Task Run() => await Task.Delay(1);
                }
            }

            public interface IJob
            {
                Task Run();
                Task Stop();
            }

            public abstract class Base
            {
                public abstract Task Start();
            }

            public class Job : Base, IJob
            {
                public async Task Run() => await Task.Delay(1);

                async Task IJob.Stop() => await Task.Delay(1);

                public override async Task Start() => await Task.Delay(1);
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task FindsTheOverloadInABaseType()
    {
        const string source = """
            using System.Threading;
            using System.Threading.Tasks;

            public class Repository
            {
                public Task Load() => Task.CompletedTask;
                public Task Load(CancellationToken cancellationToken) => Task.CompletedTask;
            }

            public class Customers : Repository
            {
                public async Task {|#0:Refresh|}() => await Load();
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2013").WithLocation(0).WithArguments("Refresh", "Load"));
    }

    [Test]
    public async Task ReportsInRecordsPartialNestedAndPrimaryConstructorTypes()
    {
        const string source = """
            using System.Threading.Tasks;

            public record Report(int Delay)
            {
                public async Task {|#0:Render|}() => await Task.Delay(Delay);
            }

            public record struct Handle(int Delay)
            {
                public async Task {|#1:Close|}() => await Task.Delay(Delay);
            }

            public partial class Client(int delay)
            {
                public class Options
                {
                    public async Task {|#2:Reload|}() => await Task.Delay(1);
                }

                public async Task {|#3:Connect|}() => await Task.Delay(delay);
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2013").WithLocation(0).WithArguments("Render", "Delay"),
            Verify.Diagnostic("TG2013").WithLocation(1).WithArguments("Close", "Delay"),
            Verify.Diagnostic("TG2013").WithLocation(2).WithArguments("Reload", "Delay"),
            Verify.Diagnostic("TG2013").WithLocation(3).WithArguments("Connect", "Delay"));
    }

    [Test]
    public async Task DoesNotReportTopLevelStatements()
    {
        var test = Verify.CreateTest("""
            using System.Threading.Tasks;

            await Task.Delay(1);
            await Run();

            static async Task Run() => await Task.Delay(1);
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;

        await test.RunAsync();
    }

    [Test]
    public async Task DoesNotReportInTestProjects()
    {
        var test = Verify.CreateTest("""
            using System.Threading.Tasks;
            using NUnit.Framework;

            public class ClientTests
            {
                [Test]
                public async Task Connects() => await Task.Delay(1);
            }
            """);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(TestAttribute).Assembly.Location));

        await test.RunAsync();
    }

    [TestCase("// <auto-generated/>\n")]
    [TestCase("// <autogenerated />\n")]
    public async Task SkipsGeneratedCode(string header)
    {
        var source = header + """
            public class Service
            {
                public async System.Threading.Tasks.Task Run() => await System.Threading.Tasks.Task.Delay(1);
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
            public class Service
            {
                public async System.Threading.Tasks.Task Run() => await System.Threading.Tasks.Task.Delay(1);
            }
            """));

        await test.RunAsync();
    }

    [TestCase("public class C { public async System.Threading.Tasks.Task M() { await ")]
    [TestCase("public class C { public async System.Threading.Tasks.Task M() { await System.Threading.Tasks.Task.Delay(; } }")]
    [TestCase("public class C { public async System.Threading.Tasks.Task M() { await Missing(1); await x.Y(); } }")]
    [TestCase("public class C { public async Missing M() { await System.Threading.Tasks.Task.Delay(1); } }")]
    [TestCase("public class C { public async System.Threading.Tasks.Task M(Missing token) { await System.Threading.Tasks.Task.Delay(1); } }")]
    [TestCase("public class C { public async System.Threading.Tasks.Task M() => await System.Threading.Tasks.Task.Delay(1, ); }")]
    [TestCase("public class C : Missing { public async System.Threading.Tasks.Task M() => await Load(); }")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source, new MissingCancellationTokenAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new MissingCancellationTokenAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2013.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2013"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }
}
