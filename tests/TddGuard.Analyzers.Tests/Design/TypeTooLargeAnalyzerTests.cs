using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.TypeTooLargeAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D02")]
public sealed class TypeTooLargeAnalyzerTests
{
    [TestCase("class")]
    [TestCase("sealed class")]
    [TestCase("static class")]
    [TestCase("struct")]
    [TestCase("record")]
    [TestCase("record struct")]
    public async Task ReportsATypeWithMoreMethodsThanTheDefaultLimit(string kind)
    {
        var methods = kind == "static class" ? Methods(21).Replace("void", "static void") : Methods(21);
        var source = $"{kind} {{|#0:T|}}\n{{\n{methods}\n}}\n";

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2004").WithLocation(0).WithArguments("T", "21 methods (limit 20)"));
    }

    [Test]
    public async Task ReportsATypeWithMoreFieldsThanTheDefaultLimit()
    {
        var source = $"class {{|#0:T|}}\n{{\n{Fields(11)}\n}}\n";

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2004").WithLocation(0).WithArguments("T", "11 fields (limit 10)"));
    }

    [Test]
    public async Task ReportsATypeWithMoreLinesThanTheDefaultLimit()
    {
        // class, {, and } lines plus the long method's 398 lines.
        var source = $"class {{|#0:T|}}\n{{\n{LongMethod("Long", 395)}\n}}\n";

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2004").WithLocation(0).WithArguments("T", "401 lines (limit 400)"));
    }

    [Test]
    public async Task ReportsEveryExceededLimitInOneDiagnostic()
    {
        // 20 one-line methods and the long one; 2 + 11 + 20 + 367 + 1 lines.
        var source = $"class {{|#0:T|}}\n{{\n{Fields(11)}\n{Methods(20)}\n{LongMethod("Long", 364)}\n}}\n";

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2004").WithLocation(0).WithArguments("T", "21 methods (limit 20), 11 fields (limit 10), 401 lines (limit 400)"));
    }

    [Test]
    public async Task DoesNotReportATypeAtEveryLimit()
    {
        // 2 + 10 + 19 + 368 + 1 = 400 lines.
        var source = $"class T\n{{\n{Fields(10)}\n{Methods(19)}\n{LongMethod("Long", 365)}\n}}\n";

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotCountConstructorsOperatorsAccessorsLocalFunctionsOrCompilerGeneratedMembersAsMethods()
    {
        var source = """
            record T(int Id)
            {
                public T() : this(0) { }
                public T(string s) : this(s.Length) { }
                static T() { }
                public static T operator +(T a, T b) => a;
                public static implicit operator int(T t) => t.Id;
                public int A { get => 0; set { } }
                public int this[int i] { get => i; init { } }
                public event System.Action E { add { } remove { } }
                void WithLocals()
                {
                    Local1();
                    Local2();
                    void Local1() { }
                    void Local2() { }
                }
            METHODS
            }
            """.Replace("METHODS", Methods(19));

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task CountsStaticGenericExplicitInterfaceAndPartialMethodsOnce()
    {
        var source = """
            partial class {|#0:T|} : System.IDisposable
            {
                static void S() { }
                T1 G<T1>(T1 t) => t;
                void System.IDisposable.Dispose() { }
                partial void P();
                partial void P() { }
                ~T() { }
            METHODS
            }
            """.Replace("METHODS", Methods(17));

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2004").WithLocation(0).WithArguments("T", "21 methods (limit 20)"));
    }

    [Test]
    public async Task CountsStaticAndInstanceFieldsAndEveryDeclaratorButNotConstantsOrCompilerGeneratedFields()
    {
        var source = """
            class {|#0:T|}(int unused)
            {
                const int Limit = 1;
                const string Name = "n";
                static readonly object s_gate = new();
                static int s_count;
                int _a, _b, _c;
                public int AutoProperty { get; set; }
                public event System.Action FieldLikeEvent;
            FIELDS
            }
            """.Replace("FIELDS", Fields(6));

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2004").WithLocation(0).WithArguments("T", "11 fields (limit 10)"));
    }

    [Test]
    public async Task DoesNotCountStaticReadonlyFieldsOfTypesThatCouldBeConstants()
    {
        // A holder of named values (settings keys, protocol names) has no state: static readonly strings, numbers,
        // booleans, characters and enums are constants in all but name. Anything else static readonly counts.
        var source = """
            enum Mode { On, Off }

            class {|#0:Names|}
            {
                public static readonly string Add = "add";
                public static readonly string Remove = "remove";
                public static readonly int Port = 80;
                public static readonly double Ratio = 0.5;
                public static readonly decimal Price = 1.5m;
                public static readonly bool Enabled = true;
                public static readonly char Separator = ';';
                public static readonly Mode Default = Mode.On;
                public static readonly long Big = 1L, Bigger = 2L;
                public static readonly string[] Sources = { "a" };
                public static readonly object Gate = new();
                public static readonly System.TimeSpan Timeout = System.TimeSpan.FromSeconds(1);
                public static readonly int? Maybe = null;
                public static string Mutable = "m";
                public readonly string Instance = "i";
            FIELDS
            }
            """.Replace("FIELDS", Fields(6).Replace("    int _f", "    public static int _f"));

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2004").WithLocation(0).WithArguments("Names", "12 fields (limit 10)"));
    }

    [Test]
    public async Task CountsOnlyLinesThatHoldCode()
    {
        // 400 lines of code and as many blank lines, comments and directives.
        var body = string.Concat(Enumerable.Repeat("        System.Console.WriteLine();\n\n        // Why this matters.\n", 394)).TrimEnd('\n');
        var source = $"/// <summary>Documented.</summary>\nclass T\n{{\n    /* one\n       two */\n#region Long\n    void Long()\n    {{\n{body}\n    }}\n#endregion\n}}\n";

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task SumsEveryPartOfAPartialTypeAndReportsItOnceOnTheFirstPart()
    {
        var source = $"partial class {{|#0:T|}}\n{{\n{Methods(11)}\n{LongMethod("First", 200)}\n}}\n\n" +
            $"partial class T\n{{\n{Methods(10).Replace("void M", "void N")}\n{LongMethod("Second", 180)}\n}}\n";

        // Lines: (2 + 11 + 203 + 1) + (2 + 10 + 183 + 1).
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2004").WithLocation(0).WithArguments("T", "23 methods (limit 20), 413 lines (limit 400)"));
    }

    [Test]
    public async Task DoesNotCountThePartsOfAPartialTypeThatAreGenerated()
    {
        var test = Verify.CreateTest($"partial class Form\n{{\n{Methods(15)}\n{Fields(8)}\n}}\n");
        test.TestState.Sources.Add(("Form.Designer.cs", $"partial class Form\n{{\n{Methods(15).Replace("void M", "void N")}\n{Fields(8).Replace("_f", "_g")}\n{LongMethod("Long", 400)}\n}}\n"));
        test.TestState.Sources.Add(("Form.Handlers.cs", $"// <auto-generated/>\npartial class Form\n{{\n{Methods(15).Replace("void M", "void O")}\n}}\n"));

        await test.RunAsync();
    }

    [TestCase("/0/Form.g.cs", false)]
    [TestCase("/0/Form.G.CS", false)]
    [TestCase("/0/Form.g.i.cs", false)]
    [TestCase("/0/Form.generated.cs", false)]
    [TestCase("/0/Form.Designer.cs", false)]
    [TestCase("/0/TemporaryGeneratedFile_1234.cs", false)]
    [TestCase("C:\\src\\Form.g.cs", false)]
    [TestCase("/0/Form.Logic.cs", true)]
    [TestCase("/0/Form.gen.cs", true)]
    [TestCase("/0/g.cs", true)]
    public async Task DoesNotCountPartsInFilesNamedAsGenerated(string secondPart, bool reported)
    {
        var test = Verify.CreateTest($"partial class {{|#0:Form|}}\n{{\n{Methods(15)}\n}}\n");
        test.TestState.Sources.Add((secondPart, $"partial class Form\n{{\n{Methods(15).Replace("void M", "void N")}\n}}\n"));
        if (reported)
        {
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2004").WithLocation(0).WithArguments("Form", "30 methods (limit 20)"));
        }

        await test.RunAsync();
    }

    [TestCase("/0/Second.cs", "generated_code = true", false)]
    [TestCase("/0/Second.g.cs", "generated_code = false", true)]
    [TestCase("/0/Second.g.cs", "", false)]
    public async Task HonoursTheGeneratedCodeOptionOfEachPart(string secondPart, string option, bool reported)
    {
        var test = Verify.CreateTest($"partial class {{|#0:Form|}}\n{{\n{Methods(15)}\n}}\n");
        test.TestState.Sources.Add((secondPart, $"partial class Form\n{{\n{Methods(15).Replace("void M", "void N")}\n}}\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n\n[Second*.cs]\n{option}\n"));
        if (reported)
        {
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2004").WithLocation(0).WithArguments("Form", "30 methods (limit 20)"));
        }

        await test.RunAsync();
    }

    [Test]
    public async Task CountsAUserImplementationOfAGeneratedPartialMethod()
    {
        var test = Verify.CreateTest($"partial class {{|#0:ViewModel|}}\n{{\n{Methods(20)}\n    partial void OnChanged() {{ }}\n}}\n");
        test.TestState.Sources.Add(("ViewModel.g.cs", "partial class ViewModel\n{\n    partial void OnChanged();\n    partial void OnChanging();\n}\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2004").WithLocation(0).WithArguments("ViewModel", "21 methods (limit 20)"));

        await test.RunAsync();
    }

    [Test]
    public async Task DoesNotCountPartialMethodsWhoseBodyIsGeneratedOrMissing()
    {
        // Like [LoggerMessage] or [GeneratedRegex] declarations: a source generator writes the body.
        var test = Verify.CreateTest($"static partial class Log\n{{\n{Methods(20).Replace("void", "static void")}\n    public static partial void Started(int id);\n    static partial void OnStarting();\n}}\n");
        test.TestState.Sources.Add(("Log.g.cs", "static partial class Log\n{\n    public static partial void Started(int id) { }\n}\n"));

        await test.RunAsync();
    }

    [Test]
    public async Task JudgesNestedTypesOnTheirOwn()
    {
        var source = $$"""
            class Outer
            {
            {{Methods(15)}}
            {{Fields(8)}}
            {{LongMethod("Long", 300)}}

                class {|#0:Inner|}
                {
            {{Methods(21).Replace("void M", "void N")}}
            {{Fields(8)}}
            {{LongMethod("Long", 300)}}
                }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2004").WithLocation(0).WithArguments("Inner", "22 methods (limit 20)"));
    }

    [Test]
    public async Task DoesNotReportInterfacesEnumsOrDelegates()
    {
        var source = $$"""
            interface I
            {
            {{Methods(25).Replace(" { }", ";")}}
            }

            enum E
            {
            {{string.Join(",\n", Enumerable.Range(0, 30).Select(i => "    V" + i))}}
            }

            delegate void D();
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotReportTheProgramOfTopLevelStatements()
    {
        var functions = string.Concat(Enumerable.Range(0, 25).Select(i => $"static void F{i}() {{ }}\n"));
        var test = Verify.CreateTest("System.Console.WriteLine();\n" + functions + Statements(420));
        test.TestState.OutputKind = OutputKind.ConsoleApplication;

        await test.RunAsync();
    }

    [TestCase("tddguard.max_type_methods = 2", "void A() { } void B() { } void C() { }", "3 methods (limit 2)")]
    [TestCase("tddguard.max_type_fields = 1", "int _a; int _b;", "2 fields (limit 1)")]
    [TestCase("tddguard.max_type_lines = 5", "void A()\n{\n}\nvoid B()\n{\n}", "9 lines (limit 5)")]
    public async Task ReadsTheLimitsFromEditorConfig(string option, string members, string exceeded)
    {
        var source = $"class {{|#0:T|}}\n{{\n{members}\n}}\n";

        await Verify.VerifyAsync(source, option, Verify.Diagnostic("TG2004").WithLocation(0).WithArguments("T", exceeded));
    }

    [TestCase("tddguard.max_type_methods = many")]
    [TestCase("tddguard.max_type_fields = 0")]
    [TestCase("tddguard.max_type_lines = -1")]
    [TestCase("tddguard.max_type_methods =")]
    public async Task FallsBackToTheDefaultLimitsForAnUnusableValue(string option)
    {
        var source = $"class {{|#0:T|}}\n{{\n{Fields(11)}\n{Methods(20)}\n{LongMethod("Long", 364)}\n}}\n";

        await Verify.VerifyAsync(
            source,
            option,
            Verify.Diagnostic("TG2004").WithLocation(0).WithArguments("T", "21 methods (limit 20), 11 fields (limit 10), 401 lines (limit 400)"));
    }

    [TestCase("// <auto-generated/>\n")]
    [TestCase("// <autogenerated />\n")]
    public async Task SkipsGeneratedCode(string header)
    {
        await Verify.VerifyAsync($"{header}class T\n{{\n{Methods(21)}\n{Fields(11)}\n}}\n");
    }

    [Test]
    public async Task SkipsFilesNamedAsGenerated()
    {
        var test = Verify.CreateTest(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("Generated.g.cs", $"class T\n{{\n{Methods(21)}\n{Fields(11)}\n}}\n"));

        await test.RunAsync();
    }

    [Test]
    public async Task DoesNotReportInTestProjects()
    {
        // A fixture holds one method per behaviour it specifies; that is not a type doing too much.
        var test = Verify.CreateTest($"class Tests\n{{\n{Methods(21)}\n{Fields(11)}\n}}\n");
        test.TestState.AdditionalReferences.Add(FakeTestFramework.NUnit);

        await test.RunAsync();
    }

    [TestCase("partial class T { METHODS")]
    [TestCase("class { METHODS }")]
    [TestCase("class T : T { METHODS }")]
    [TestCase("record R( { METHODS }")]
    [TestCase("struct S { int a, ; int b, ; METHODS }")]
    [TestCase("class T { void M( } partial class T { METHODS")]
    [TestCase("METHODS class")]
    [TestCase("class T { class { METHODS } }")]
    [TestCase("class T { partial void P(); partial void P() { } partial void P() { } METHODS }")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source.Replace("METHODS", Methods(25) + Fields(12)), new TypeTooLargeAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public async Task StillReportsInCodeThatDoesNotCompile()
    {
        var run = await AnalyzerRunner.RunAsync($"class T : Missing\n{{\n{Methods(21)}\n    void Broken() {{ Undefined(); }}\n", new TypeTooLargeAnalyzer());

        Assert.That(run.Diagnostics, Has.Length.EqualTo(1));
        Assert.That(run.Diagnostics[0].Id, Is.EqualTo("TG2004"));
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new TypeTooLargeAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2004.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2004"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }

    private static string Methods(int count) =>
        string.Join("\n", Enumerable.Range(0, count).Select(i => $"    void M{i}() {{ }}"));

    private static string Fields(int count) =>
        string.Join("\n", Enumerable.Range(0, count).Select(i => $"    int _f{i};"));

    private static string LongMethod(string name, int statements) =>
        $"    void {name}()\n    {{\n{Statements(statements)}\n    }}";

    private static string Statements(int count) =>
        string.Concat(Enumerable.Repeat("        System.Console.WriteLine();\n", count)).TrimEnd('\n');
}
