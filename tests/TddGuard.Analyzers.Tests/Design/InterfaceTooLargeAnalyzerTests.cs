using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.InterfaceTooLargeAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D08")]
public sealed class InterfaceTooLargeAnalyzerTests
{
    [Test]
    public async Task ReportsAnInterfaceWithMoreMembersThanTheDefaultLimit()
    {
        var source = $"interface {{|#0:IRepository|}}\n{{\n{Methods(8)}\n}}\n";

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2019").WithLocation(0).WithArguments("IRepository", 8, 7));
    }

    [Test]
    public async Task DoesNotReportAnInterfaceAtTheLimit()
    {
        await Verify.VerifyAsync($"interface IRepository\n{{\n{Methods(7)}\n}}\n");
    }

    [Test]
    public async Task CountsMethodsPropertiesIndexersEventsAndStaticMembers()
    {
        const string source = """
            interface {|#0:IService|}<TSelf> where TSelf : IService<TSelf>
            {
                void Run();
                int Count { get; set; }
                string this[int index] { get; }
                event System.Action Changed;
                static abstract TSelf Create();
                static abstract TSelf operator +(TSelf left, TSelf right);
                void Log() { }
                static int Version => 1;
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2019").WithLocation(0).WithArguments("IService", 8, 7));
    }

    [Test]
    public async Task DoesNotCountNestedTypesConstantsOrAccessors()
    {
        var source = $$"""
            interface IOptions
            {
                const int Default = 1;
                static readonly int s_shared = 2;
                int Value { get; set; }
                event System.Action Changed { add { } remove { } }
                interface INested { }
                class Nested { }
                enum Kind { A, B, C, D, E, F, G, H }
            {{Methods(5)}}
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotCountInheritedMembers()
    {
        var source = $$"""
            interface IReader
            {
            {{Methods(5).Replace("M", "Read")}}
            }

            interface IWriter
            {
            {{Methods(5).Replace("M", "Write")}}
            }

            interface IStore : IReader, IWriter
            {
                void Flush();
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task SumsEveryPartOfAPartialInterfaceAndReportsItOnceOnTheFirstPart()
    {
        var source = $"partial interface {{|#0:IStore|}}\n{{\n{Methods(4)}\n}}\n\npartial interface IStore\n{{\n{Methods(4).Replace("M", "N")}\n}}\n";

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2019").WithLocation(0).WithArguments("IStore", 8, 7));
    }

    [Test]
    public async Task DoesNotCountThePartsOfAPartialInterfaceThatAreGenerated()
    {
        var test = Verify.CreateTest($"partial interface IApi\n{{\n{Methods(4)}\n}}\n");
        test.TestState.Sources.Add(("IApi.g.cs", $"partial interface IApi\n{{\n{Methods(10).Replace("M", "N")}\n}}\n"));

        await test.RunAsync();
    }

    [Test]
    public async Task ReportsNestedInterfaces()
    {
        var source = $"class Outer\n{{\n    public interface {{|#0:IInner|}}\n    {{\n{Methods(8)}\n    }}\n}}\n";

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2019").WithLocation(0).WithArguments("IInner", 8, 7));
    }

    [Test]
    public async Task DoesNotReportClassesStructsOrRecords()
    {
        var body = Methods(10).Replace(";", " { }");
        await Verify.VerifyAsync($"class C\n{{\n{body}\n}}\nstruct S\n{{\n{body}\n}}\nrecord R\n{{\n{body}\n}}\n");
    }

    [Test]
    public async Task ReportsInTestProjects()
    {
        // A fake that must implement a fat interface is exactly where the pain of one shows.
        var test = Verify.CreateTest($"interface {{|#0:IRepository|}}\n{{\n{Methods(8)}\n}}\n");
        test.TestState.AdditionalReferences.Add(FakeTestFramework.NUnit);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2019").WithLocation(0).WithArguments("IRepository", 8, 7));

        await test.RunAsync();
    }

    [Test]
    public async Task ReportsNextToTopLevelStatements()
    {
        var test = Verify.CreateTest($"System.Console.WriteLine();\n\ninterface {{|#0:IRepository|}}\n{{\n{Methods(8)}\n}}\n");
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2019").WithLocation(0).WithArguments("IRepository", 8, 7));

        await test.RunAsync();
    }

    [Test]
    public async Task ReadsTheLimitFromEditorConfig()
    {
        const string source = """
            interface ISmall
            {
                void A();
                void B();
            }

            interface {|#0:ILarge|}
            {
                void A();
                void B();
                void C();
            }
            """;

        await Verify.VerifyAsync(
            source,
            "tddguard.max_interface_members = 2",
            Verify.Diagnostic("TG2019").WithLocation(0).WithArguments("ILarge", 3, 2));
    }

    [TestCase("tddguard.max_interface_members = seven")]
    [TestCase("tddguard.max_interface_members = 0")]
    [TestCase("tddguard.max_interface_members = -7")]
    [TestCase("tddguard.max_interface_members =")]
    public async Task FallsBackToTheDefaultLimitForAnUnusableValue(string option)
    {
        var source = $"interface ISeven\n{{\n{Methods(7)}\n}}\n\ninterface {{|#0:IEight|}}\n{{\n{Methods(8)}\n}}\n";

        await Verify.VerifyAsync(source, option, Verify.Diagnostic("TG2019").WithLocation(0).WithArguments("IEight", 8, 7));
    }

    [TestCase("// <auto-generated/>\n")]
    [TestCase("// <autogenerated />\n")]
    public async Task SkipsGeneratedCode(string header)
    {
        await Verify.VerifyAsync($"{header}interface IRepository\n{{\n{Methods(8)}\n}}\n");
    }

    [Test]
    public async Task SkipsFilesNamedAsGenerated()
    {
        var test = Verify.CreateTest(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("Generated.g.cs", $"interface IRepository\n{{\n{Methods(8)}\n}}\n"));

        await test.RunAsync();
    }

    [TestCase("interface I { METHODS")]
    [TestCase("interface { METHODS }")]
    [TestCase("interface I : I { METHODS }")]
    [TestCase("partial interface I { METHODS } partial interface I { METHODS }")]
    [TestCase("interface I { void M( METHODS }")]
    [TestCase("interface I { int P { get; METHODS }")]
    [TestCase("METHODS interface")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source.Replace("METHODS", Methods(9)), new InterfaceTooLargeAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public async Task StillReportsInCodeThatDoesNotCompile()
    {
        var run = await AnalyzerRunner.RunAsync($"interface I : IMissing\n{{\n{Methods(8)}\n    Missing Get();\n", new InterfaceTooLargeAnalyzer());

        Assert.That(run.Diagnostics, Has.Length.EqualTo(1));
        Assert.That(run.Diagnostics[0].Id, Is.EqualTo("TG2019"));
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new InterfaceTooLargeAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2019.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2019"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }

    private static string Methods(int count) =>
        string.Join("\n", Enumerable.Range(0, count).Select(i => $"    void M{i}();"));
}
