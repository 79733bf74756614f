using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.AsyncVoidAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D05")]
public sealed class AsyncVoidAnalyzerTests
{
    private const string ReturnTask = "return Task instead";

    private static string Lambda(string delegateType) =>
        $"it is converted to '{delegateType}'; pass it only where a Task-returning delegate is accepted";

    [TestCase("public async void {|#0:Save|}() { await Task.Delay(1); }", "Save")]
    [TestCase("private async void {|#0:Save|}(int retries) => await Task.Delay(retries);", "Save")]
    [TestCase("internal static async void {|#0:Save|}<T>(T item) { await Task.Yield(); }", "Save")]
    [TestCase("async void {|#0:Save|}() { }", "Save")]
    [TestCase("public async void {|#0:OnClick|}(object sender, int e) { await Task.Yield(); }", "OnClick")]
    [TestCase("public async void {|#0:OnClick|}(string sender, System.EventArgs e) { await Task.Yield(); }", "OnClick")]
    [TestCase("public async void {|#0:OnClick|}(object sender) { await Task.Yield(); }", "OnClick")]
    public async Task ReportsAnAsyncVoidMethodOnItsName(string method, string name)
    {
        var source = $$"""
            using System.Threading.Tasks;

            class C
            {
                {{method}}
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2011").WithLocation(0).WithArguments($"'{name}'", ReturnTask));
    }

    [Test]
    public async Task ReportsAsyncVoidLocalFunctions()
    {
        const string source = """
            using System.Threading.Tasks;

            class C
            {
                void M()
                {
                    async void {|#0:Refresh|}() => await Task.Yield();
                    static async void {|#1:Load|}(int id) { await Task.Delay(id); }

                    Refresh();
                    Load(1);
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2011").WithLocation(0).WithArguments("'Refresh'", ReturnTask),
            Verify.Diagnostic("TG2011").WithLocation(1).WithArguments("'Load'", ReturnTask));
    }

    [TestCase("System.Action run = {|#0:async|} () => await Task.Yield();", "Action")]
    [TestCase("System.Action<int> run = {|#0:async|} delay => await Task.Delay(delay);", "Action<int>")]
    [TestCase("System.Action run = {|#0:async|} delegate { await Task.Yield(); };", "Action")]
    [TestCase("new System.Collections.Generic.List<int>().ForEach({|#0:async|} x => await Task.Delay(x));", "Action<int>")]
    [TestCase("Run({|#0:async|} () => { await Task.Yield(); });", "Action")]
    [TestCase("System.Threading.Tasks.Parallel.ForEach(new[] { 1 }, {|#0:async|} x => await Task.Delay(x));", "Action<int>")]
    public async Task ReportsAnAsyncLambdaConvertedToAVoidReturningDelegate(string statement, string delegateType)
    {
        var source = $$"""
            using System.Threading.Tasks;

            class C
            {
                void M()
                {
                    {{statement}}
                }

                static void Run(System.Action action) => action();
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2011").WithLocation(0).WithArguments("This async lambda", Lambda(delegateType)));
    }

    [TestCase("public async Task Save() { await Task.Delay(1); }")]
    [TestCase("public async ValueTask Save() { await Task.Delay(1); }")]
    [TestCase("public async Task<int> Save() { await Task.Delay(1); return 1; }")]
    [TestCase("public void Save() { }")]
    [TestCase("public Task Save() => Task.CompletedTask;")]
    [TestCase("void M() { System.Func<Task> run = async () => await Task.Yield(); }")]
    [TestCase("void M() { Task.Run(async () => await Task.Yield()); }")]
    [TestCase("void M() { System.Func<int, Task<int>> run = async x => { await Task.Yield(); return x; }; }")]
    [TestCase("void M() { System.Action run = () => { }; }")]
    public async Task DoesNotReportTaskReturningOrSynchronousCode(string member)
    {
        var source = $$"""
            using System.Threading.Tasks;

            class C
            {
                {{member}}
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [TestCase("private async void OnClick(object sender, System.EventArgs e) { await Task.Yield(); }")]
    [TestCase("private async void OnClick(object? sender, System.EventArgs e) { await Task.Yield(); }")]
    [TestCase("private async void OnSaved(object sender, SavedEventArgs e) { await Task.Yield(); }")]
    [TestCase("private async void OnTapped(object sender, TappedEventArgs e) { await Task.Yield(); }")]
    [TestCase("private async void OnChanged(object sender, System.ComponentModel.PropertyChangedEventArgs e) { await Task.Yield(); }")]
    [TestCase("void M() { async void OnClick(object sender, System.EventArgs e) => await Task.Yield(); }")]
    public async Task DoesNotReportEventHandlers(string member)
    {
        var source = $$"""
            #nullable enable
            using System.Threading.Tasks;

            class C
            {
                {{member}}
            }

            class SavedEventArgs : System.EventArgs
            {
            }

            // Frameworks such as WinUI have event argument types that do not derive from System.EventArgs.
            class TappedEventArgs
            {
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotReportAsyncLambdasSubscribedToEventsOrShapedAsHandlers()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;

            class C
            {
                public event EventHandler? Clicked;
                public event Action<string>? Renamed;

                void M()
                {
                    Clicked += async (sender, e) => await Task.Yield();
                    Renamed += async name => await Task.Delay(name.Length);
                    Renamed -= async name => await Task.Yield();
                    EventHandler handler = async (sender, e) => await Task.Yield();
                    Clicked += handler;
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotReportWhereASignatureImposesVoid()
    {
        const string source = """
            using System.Threading.Tasks;

            interface IStartable
            {
                void Start();
            }

            interface IStoppable
            {
                void Stop();
            }

            abstract class Page
            {
                public virtual void OnAppearing() { }
            }

            class Home : Page, IStartable, IStoppable
            {
                public override async void OnAppearing() => await Task.Yield();

                public async void Start() => await Task.Yield();

                async void IStoppable.Stop() => await Task.Yield();
            }

            partial class ViewModel
            {
                partial void OnNameChanged(string value);
            }

            partial class ViewModel
            {
                async partial void OnNameChanged(string value) => await Task.Delay(value.Length);
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task ReportsInRecordsPartialNestedAndPrimaryConstructorTypes()
    {
        const string source = """
            using System.Threading.Tasks;

            record R(int Delay)
            {
                public async void {|#0:Wait|}() => await Task.Delay(Delay);
            }

            record struct S(int Delay)
            {
                public async void {|#1:Wait|}() => await Task.Delay(Delay);
            }

            partial class Outer(int delay)
            {
                private class Inner
                {
                    public async void {|#2:Wait|}() => await Task.Yield();
                }

                public async void {|#3:Wait|}() => await Task.Delay(delay);
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2011").WithLocation(0).WithArguments("'Wait'", ReturnTask),
            Verify.Diagnostic("TG2011").WithLocation(1).WithArguments("'Wait'", ReturnTask),
            Verify.Diagnostic("TG2011").WithLocation(2).WithArguments("'Wait'", ReturnTask),
            Verify.Diagnostic("TG2011").WithLocation(3).WithArguments("'Wait'", ReturnTask));
    }

    [Test]
    public async Task ReportsInTopLevelStatements()
    {
        var test = Verify.CreateTest("""
            using System;
            using System.Threading.Tasks;

            Action run = {|#0:async|} () => await Task.Yield();
            run();
            Notify();

            async void {|#1:Notify|}() => await Task.Yield();
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2011").WithLocation(0).WithArguments("This async lambda", Lambda("Action")));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2011").WithLocation(1).WithArguments("'Notify'", ReturnTask));

        await test.RunAsync();
    }

    [Test]
    public async Task ReportsAsyncVoidTestMethodsInTestProjects()
    {
        var test = Verify.CreateTest("""
            using System.Threading.Tasks;
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public async void {|#0:Adds|}() => await Task.Yield();
            }
            """);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(TestAttribute).Assembly.Location));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2011").WithLocation(0).WithArguments("'Adds'", ReturnTask));

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
                async void Save() => await Task.Yield();

                void M()
                {
                    System.Action run = async () => await Task.Yield();
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
                async void Save() => await System.Threading.Tasks.Task.Yield();
            }
            """));

        await test.RunAsync();
    }

    [TestCase("class C { async void ")]
    [TestCase("class C { async void M( { await ")]
    [TestCase("class C { async void M(object sender, Missing e) { } }")]
    [TestCase("class C { async void M(Missing sender, System.EventArgs e) { } }")]
    [TestCase("class C : IMissing { public async void M() { } }")]
    [TestCase("class C : Missing { public override async void M() { } }")]
    [TestCase("class C { void M() { Missing(async () => await X()); } }")]
    [TestCase("class C { void M() { System.Action a = async () => ; } }")]
    [TestCase("async void M() => await ;")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source, new AsyncVoidAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new AsyncVoidAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2011.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2011"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }
}
