using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.MagicStringAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D01")]
public sealed class MagicStringAnalyzerTests
{
    private const string Compared = "compared by value";

    [Test]
    public async Task ReportsAStringComparedWithEqualityOperators()
    {
        const string source = """
            class C
            {
                bool IsAdmin(string role) => role == {|#0:"admin"|} || {|#1:"root"|} != role;
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2003").WithLocation(0).WithArguments("admin", Compared),
            Verify.Diagnostic("TG2003").WithLocation(1).WithArguments("root", Compared));
    }

    [TestCase("s == {|#0:\"x\"|}")]
    [TestCase("s != {|#0:\"x\"|}")]
    [TestCase("{|#0:\"x\"|} == s")]
    [TestCase("s == ({|#0:\"x\"|})")]
    [TestCase("string.Equals(s, {|#0:\"x\"|})")]
    [TestCase("string.Equals({|#0:\"x\"|}, s, System.StringComparison.Ordinal)")]
    [TestCase("s.Equals({|#0:\"x\"|})")]
    [TestCase("s.Equals({|#0:\"x\"|}, System.StringComparison.OrdinalIgnoreCase)")]
    [TestCase("{|#0:\"x\"|}.Equals(s)")]
    [TestCase("s?.Equals({|#0:\"x\"|}) == true")]
    [TestCase("System.StringComparer.OrdinalIgnoreCase.Equals(s, {|#0:\"x\"|})")]
    [TestCase("Equals(s, {|#0:\"x\"|})")]
    [TestCase("o.Equals({|#0:\"x\"|})")]
    [TestCase("s is {|#0:\"x\"|}")]
    [TestCase("s is not {|#0:\"x\"|}")]
    [TestCase("s is {|#0:\"x\"|} or null")]
    [TestCase("o is string { Length: 1 } and {|#0:\"x\"|}")]
    [TestCase("s switch { {|#0:\"x\"|} => true, _ => false }")]
    [TestCase("s == {|#0:@\"x\"|}")]
    [TestCase("s == {|#0:\"\"\"x\"\"\"|}")]
    public async Task ReportsEveryWayOfComparingAString(string comparison)
    {
        var source = $$"""
            class C
            {
                bool M(string s, object o) => {{comparison}};
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2003").WithLocation(0).WithArguments("x", Compared));
    }

    [Test]
    public async Task ReportsCaseLabels()
    {
        const string source = """
            class C
            {
                int M(string command)
                {
                    switch (command)
                    {
                        case {|#0:"add"|}:
                            return 1;
                        case {|#1:"remove"|} when command.Length > 0:
                            return 2;
                        default:
                            return 0;
                    }
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2003").WithLocation(0).WithArguments("add", Compared),
            Verify.Diagnostic("TG2003").WithLocation(1).WithArguments("remove", Compared));
    }

    [TestCase("s == \"\"")]
    [TestCase("s == string.Empty")]
    [TestCase("s == $\"x\"")]
    [TestCase("s == $\"{s}x\"")]
    [TestCase("s == nameof(M)")]
    [TestCase("s == Known")]
    [TestCase("s.StartsWith(\"x\")")]
    [TestCase("s[0] == 'x'")]
    [TestCase("\"x\"u8.Length == s.Length")]
    [TestCase("s is Known")]
    public async Task DoesNotReportWhatIsNotAStringLiteralComparedByValue(string expression)
    {
        var source = $$"""
            class C
            {
                const string Known = "x";

                bool M(string s) => {{expression}};
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task ReportsEveryOccurrenceOfAStringRepeatedThreeTimesInAType()
    {
        const string source = """
            class Settings
            {
                private readonly System.Collections.Generic.Dictionary<string, string> _values = new();

                public string Host => _values[{|#0:"host"|}];

                public void SetHost(string value) => _values[{|#1:"host"|}] = value;

                public bool HasHost() => _values.ContainsKey({|#2:"host"|}) && _values.ContainsKey("port") && _values.ContainsKey("port");
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2003").WithLocation(0).WithArguments("host", "repeated 3 times in 'Settings'"),
            Verify.Diagnostic("TG2003").WithLocation(1).WithArguments("host", "repeated 3 times in 'Settings'"),
            Verify.Diagnostic("TG2003").WithLocation(2).WithArguments("host", "repeated 3 times in 'Settings'"));
    }

    [Test]
    public async Task CountsEqualValuesWrittenDifferently()
    {
        const string source = """"
            class C
            {
                string[] M() => new[] { {|#0:"a\\b"|}, {|#1:@"a\b"|}, {|#2:"""a\b"""|} };
            }
            """";

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2003").WithLocation(0).WithArguments("a\\b", "repeated 3 times in 'C'"),
            Verify.Diagnostic("TG2003").WithLocation(1).WithArguments("a\\b", "repeated 3 times in 'C'"),
            Verify.Diagnostic("TG2003").WithLocation(2).WithArguments("a\\b", "repeated 3 times in 'C'"));
    }

    [Test]
    public async Task ReportsARepeatedStringThatIsAlsoComparedAsRepeated()
    {
        const string source = """
            class C
            {
                string Role() => {|#0:"admin"|};

                bool IsAdmin(string role) => role == {|#1:"admin"|};

                void Grant(System.Collections.Generic.List<string> roles) => roles.Add({|#2:"admin"|});
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2003").WithLocation(0).WithArguments("admin", "repeated 3 times in 'C'"),
            Verify.Diagnostic("TG2003").WithLocation(1).WithArguments("admin", "repeated 3 times in 'C'"),
            Verify.Diagnostic("TG2003").WithLocation(2).WithArguments("admin", "repeated 3 times in 'C'"));
    }

    [Test]
    public async Task DoesNotReportAStringUsedTwice()
    {
        const string source = """
            class C
            {
                string A() => "host";

                string B() => "host" + "Host" + "host ";
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [TestCase("const string A = \"x\", B = \"x\"; void M() { const string D = \"x\"; }")]
    [TestCase("[System.Obsolete(\"x\")] void A() { } [System.Obsolete(\"x\")] void B() { } [System.Obsolete(\"x\")] void D() { }")]
    [TestCase("void A(string s = \"x\") { } void B(string s = \"x\") { } void D(string s = \"x\") { }")]
    [TestCase("static readonly string[] s_names = { \"x\", \"x\", \"x\" };")]
    [TestCase("void M() { var a = \"x\"u8.Length + \"x\"u8.Length + \"x\"u8.Length; }")]
    [TestCase("string M(int n) => $\"x{n}\" + $\"x{n}\" + $\"x{n}\" + \"\" + \"\" + \"\";")]
    public async Task DoesNotCountStringsThatAreNamedOrNotLiterals(string members)
    {
        var source = $$"""
            class C
            {
                {{members}}
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotCountMessagesOfExceptionsAndLogging()
    {
        const string source = """
            using Microsoft.Extensions.Logging;

            class C
            {
                void A(ILogger logger, int n)
                {
                    if (n < 0) throw new System.ArgumentException("must not be negative", nameof(n));
                    logger.LogWarning("must not be negative");
                }

                void B(int n)
                {
                    if (n < 0) throw new System.ArgumentOutOfRangeException(nameof(n), "must not be negative");
                    if (n > 100) throw new CustomException("must not be negative");
                }
            }

            class CustomException(string message) : System.Exception(message);

            namespace Microsoft.Extensions.Logging
            {
                public interface ILogger { }

                public static class LoggerExtensions
                {
                    public static void LogWarning(this ILogger logger, string message, params object[] args) { }
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task CountsOtherArgumentsOfExceptionsAndMethodsNamedLikeLogging()
    {
        const string source = """
            class C
            {
                void A(int n) => throw new System.ArgumentException(nameof(A), {|#0:"n"|});

                void B(int n) => throw new System.ArgumentNullException({|#1:"n"|});

                void D() => LogWarning({|#2:"n"|});

                static void LogWarning(string message) { }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2003").WithLocation(0).WithArguments("n", "repeated 3 times in 'C'"),
            Verify.Diagnostic("TG2003").WithLocation(1).WithArguments("n", "repeated 3 times in 'C'"),
            Verify.Diagnostic("TG2003").WithLocation(2).WithArguments("n", "repeated 3 times in 'C'"));
    }

    [Test]
    public async Task DoesNotCountSeparatorsButReportsThemWhenCompared()
    {
        const string source = """
            class C
            {
                string Join(string[] parts) => string.Join(", ", parts) + string.Join(", ", parts) + string.Join(", ", parts);

                bool IsStandardInput(string path) => path == {|#0:"-"|};

                string Lines() => "\n" + "\n" + "\n" + " " + " " + " ";
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2003").WithLocation(0).WithArguments("-", Compared));
    }

    [Test]
    public async Task CountsAcrossPartialDeclarationsInSeveralFiles()
    {
        var test = Verify.CreateTest(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("First.cs", """
            partial class Service
            {
                string A() => {|#0:"queue"|};
            }

            partial class Service
            {
                string B() => {|#1:"queue"|};
            }
            """));
        test.TestState.Sources.Add(("Second.cs", """
            partial class Service
            {
                string D() => {|#2:"queue"|};
            }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2003").WithLocation(0).WithArguments("queue", "repeated 3 times in 'Service'"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2003").WithLocation(1).WithArguments("queue", "repeated 3 times in 'Service'"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2003").WithLocation(2).WithArguments("queue", "repeated 3 times in 'Service'"));

        await test.RunAsync();
    }

    [Test]
    public async Task CountsAcrossPartialDeclarationsWhenAFileOfTheTypeHasNoStrings()
    {
        var test = Verify.CreateTest(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("First.cs", """
            partial class Service<T>
            {
                string A() => {|#0:"queue"|} + {|#1:"queue"|};
            }
            """));
        test.TestState.Sources.Add(("Second.cs", """
            partial class Service<T>
            {
                int B() => 0;
            }
            """));
        test.TestState.Sources.Add(("Third.cs", """
            partial class Service<T>
            {
                string D() => {|#2:"queue"|};
            }
            """));
        foreach (var location in new[] { 0, 1, 2 })
        {
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2003").WithLocation(location).WithArguments("queue", "repeated 3 times in 'Service'"));
        }

        await test.RunAsync();
    }

    /// <summary>
    /// An editor analyses the open file alone (a fresh analysis of one semantic model): the repeats of a type
    /// declared across files, and its comparisons, must show there without the other files being analysed.
    /// </summary>
    [TestCase("First.cs", new[] { "\"queue\" is a magic string repeated 3 times in 'Service'", "\"queue\" is a magic string repeated 3 times in 'Service'", "\"x\" is a magic string compared by value" })]
    [TestCase("Second.cs", new[] { "\"queue\" is a magic string repeated 3 times in 'Service'" })]
    public async Task ReportsAcrossTheFilesOfAPartialTypeWhenOnlyOneFileIsAnalysed(string file, string[] expected)
    {
        var first = CSharpSyntaxTree.ParseText("partial class Service { string A() => \"queue\" + \"queue\"; bool C(string s) => s == \"x\"; }", path: "First.cs");
        var second = CSharpSyntaxTree.ParseText("partial class Service { string D() => \"queue\"; }", path: "Second.cs");
        var compilation = CSharpCompilation.Create(
            "Editor",
            [first, second],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analysis = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new MagicStringAnalyzer()));
        var tree = compilation.SyntaxTrees.Single(candidate => candidate.FilePath == file);

        var diagnostics = await analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None);

        Assert.That(diagnostics.Select(diagnostic => diagnostic.GetMessage(CultureInfo.InvariantCulture).Split(';')[0]), Is.EquivalentTo(expected));
        Assert.That(diagnostics.Select(diagnostic => diagnostic.Location.SourceTree), Has.All.SameAs(tree));
    }

    [Test]
    public async Task CountsANestedTypeOfAPartialTypeOnItsOwnAcrossFiles()
    {
        var test = Verify.CreateTest(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("First.cs", """
            partial class Outer
            {
                string A() => "x" + "x";

                partial class Inner
                {
                    string B() => {|#0:"x"|};
                }
            }
            """));
        test.TestState.Sources.Add(("Second.cs", """
            partial class Outer
            {
                partial class Inner
                {
                    string D() => {|#1:"x"|} + {|#2:"x"|};
                }
            }
            """));
        foreach (var location in new[] { 0, 1, 2 })
        {
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2003").WithLocation(location).WithArguments("x", "repeated 3 times in 'Inner'"));
        }

        await test.RunAsync();
    }

    [Test]
    public async Task CountsTopLevelStatementsTogetherWithTheirPartialProgram()
    {
        var test = Verify.CreateTest(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.Sources.Add(("Program.cs", """
            System.Console.WriteLine({|#0:"help"|} + {|#1:"help"|});
            """));
        test.TestState.Sources.Add(("Program.Usage.cs", """
            partial class Program
            {
                static string Usage() => {|#2:"help"|};
            }
            """));
        foreach (var location in new[] { 0, 1, 2 })
        {
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2003").WithLocation(location).WithArguments("help", "repeated 3 times in 'Program'"));
        }

        await test.RunAsync();
    }

    [Test]
    public async Task SkipsTypesMarkedAsGeneratedCodeWithTheirNestedTypes()
    {
        const string source = """
            [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
            class Generated
            {
                bool M(string s) => s == "x" || s == "y" || s == "y" || s == "y";

                class Nested
                {
                    bool M(string s) => s == "x" || s == "y" || s == "y" || s == "y";
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotCountStringsOfMembersMarkedAsGeneratedCode()
    {
        const string source = """
            using System.CodeDom.Compiler;

            class C
            {
                string A() => "x" + "y";

                [GeneratedCode("tool", "1.0")]
                string B() => "x" + "y" + "y";

                [GeneratedCode("tool", "1.0")]
                string D => "x";

                [GeneratedCode("tool", "1.0")]
                private readonly string _e = "x";

                bool F(string s) => s == {|#1:"x"|};
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2003").WithLocation(1).WithArguments("x", Compared));
    }

    [Test]
    public async Task CountsANestedTypeOnItsOwn()
    {
        const string source = """
            class Outer
            {
                string A() => "x" + "x";

                class Inner
                {
                    string B() => "x" + {|#0:"y"|} + {|#1:"y"|};

                    string D() => {|#2:"y"|};
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2003").WithLocation(0).WithArguments("y", "repeated 3 times in 'Inner'"),
            Verify.Diagnostic("TG2003").WithLocation(1).WithArguments("y", "repeated 3 times in 'Inner'"),
            Verify.Diagnostic("TG2003").WithLocation(2).WithArguments("y", "repeated 3 times in 'Inner'"));
    }

    [Test]
    public async Task CountsInEveryKindOfMemberAndFunction()
    {
        const string source = """
            using System;

            class Base(string name);

            class Derived(string name) : Base({|#0:"key"|})
            {
                private readonly string _key = {|#1:"key"|};

                string Lambda() => ((Func<string>)(() => {|#2:"key"|}))();

                string Local()
                {
                    return Get();

                    static string Get() => {|#3:"key"|};
                }

                string Property { get; } = {|#4:"key"|};
            }

            record Money(decimal Amount)
            {
                string A() => {|#5:"EUR"|};
                string B => {|#6:"EUR"|};
                bool C(string code) => code == {|#7:"EUR"|};
            }

            record struct Point(int X)
            {
                bool IsOrigin(string label) => label is {|#8:"origin"|};
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2003").WithLocation(0).WithArguments("key", "repeated 5 times in 'Derived'"),
            Verify.Diagnostic("TG2003").WithLocation(1).WithArguments("key", "repeated 5 times in 'Derived'"),
            Verify.Diagnostic("TG2003").WithLocation(2).WithArguments("key", "repeated 5 times in 'Derived'"),
            Verify.Diagnostic("TG2003").WithLocation(3).WithArguments("key", "repeated 5 times in 'Derived'"),
            Verify.Diagnostic("TG2003").WithLocation(4).WithArguments("key", "repeated 5 times in 'Derived'"),
            Verify.Diagnostic("TG2003").WithLocation(5).WithArguments("EUR", "repeated 3 times in 'Money'"),
            Verify.Diagnostic("TG2003").WithLocation(6).WithArguments("EUR", "repeated 3 times in 'Money'"),
            Verify.Diagnostic("TG2003").WithLocation(7).WithArguments("EUR", "repeated 3 times in 'Money'"),
            Verify.Diagnostic("TG2003").WithLocation(8).WithArguments("origin", Compared));
    }

    [Test]
    public async Task ReportsInTopLevelStatements()
    {
        var test = Verify.CreateTest("""
            var command = args.Length > 0 ? args[0] : {|#0:"help"|};
            if (command == {|#1:"run"|})
            {
                System.Console.WriteLine({|#2:"help"|});
            }

            System.Console.WriteLine({|#3:"help"|});
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2003").WithLocation(0).WithArguments("help", "repeated 3 times in 'Program'"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2003").WithLocation(1).WithArguments("run", Compared));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2003").WithLocation(2).WithArguments("help", "repeated 3 times in 'Program'"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2003").WithLocation(3).WithArguments("help", "repeated 3 times in 'Program'"));

        await test.RunAsync();
    }

    [Test]
    public async Task ReadsTheMinimumRepeatsFromEditorConfig()
    {
        const string source = """
            class C
            {
                string M() => {|#0:"x"|} + {|#1:"x"|} + "y";
            }
            """;

        await Verify.VerifyAsync(
            source,
            "tddguard.min_string_repeats = 2",
            Verify.Diagnostic("TG2003").WithLocation(0).WithArguments("x", "repeated 2 times in 'C'"),
            Verify.Diagnostic("TG2003").WithLocation(1).WithArguments("x", "repeated 2 times in 'C'"));
    }

    [TestCase("tddguard.min_string_repeats = many")]
    [TestCase("tddguard.min_string_repeats = 0")]
    [TestCase("tddguard.min_string_repeats = -2")]
    [TestCase("tddguard.min_string_repeats =")]
    public async Task FallsBackToTheDefaultMinimumForAnUnusableValue(string option)
    {
        const string source = """
            class C
            {
                string M() => "x" + "x" + {|#0:"y"|} + {|#1:"y"|} + {|#2:"y"|};
            }
            """;

        await Verify.VerifyAsync(
            source,
            option,
            Verify.Diagnostic("TG2003").WithLocation(0).WithArguments("y", "repeated 3 times in 'C'"),
            Verify.Diagnostic("TG2003").WithLocation(1).WithArguments("y", "repeated 3 times in 'C'"),
            Verify.Diagnostic("TG2003").WithLocation(2).WithArguments("y", "repeated 3 times in 'C'"));
    }

    [TestCase("\"line\\nbreak\\ttab\"", "line\\nbreak\\ttab")]
    [TestCase("\"The quick brown fox jumps over the lazy dog, twice\"", "The quick brown fox jumps over the lazy...")]
    public async Task ShowsTheValueOnOneShortLine(string literal, string shown)
    {
        var source = $$"""
            class C
            {
                bool M(string s) => s == {|#0:{{literal}}|};
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2003").WithLocation(0).WithArguments(shown, Compared));
    }

    [Test]
    public async Task IgnoresStringsInPreprocessorDirectives()
    {
        const string source = """
            class C
            {
            #line 10 "Other.cs"
                void A() { }
            #line 20 "Other.cs"
                void B() { }
            #line 30 "Other.cs"
            #line default
            #pragma checksum "Other.cs" "{406EA660-64CF-4C82-B6F0-42D48172A799}" "ab007f1d23d9"
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task SkipsTestProjects()
    {
        var test = Verify.CreateTest("""
            class ParserTests
            {
                bool M(string s) => s == "x" && s != "x" && s is "x";
            }
            """);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Assert).Assembly.Location));

        await test.RunAsync();
    }

    [TestCase("// <auto-generated/>\n")]
    [TestCase("// <autogenerated />\n")]
    public async Task SkipsGeneratedCode(string header)
    {
        var source = header + """
            class C
            {
                bool M(string s) => s == "x" || s == "y" || s == "y" || s == "y";
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task SkipsFilesNamedAsGeneratedAndDoesNotCountTheirStrings()
    {
        var test = Verify.CreateTest(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("Service.cs", """
            partial class Service
            {
                string A() => "queue" + "queue";
            }
            """));
        test.TestState.Sources.Add(("Service.g.cs", """
            partial class Service
            {
                string B() => "queue";

                bool C(string s) => s == "queue";
            }
            """));

        await test.RunAsync();
    }

    [TestCase("class C { bool M(string s) => s == \"x")]
    [TestCase("class C { bool M(string s) => s == ")]
    [TestCase("class C { bool M(string s) => \"x\".Equals( }")]
    [TestCase("class C { bool M(string s) => Equals(\"x\" }")]
    [TestCase("class C { int M(string s) { switch (s) { case \"x\" } } }")]
    [TestCase("class C { bool M(string s) => s is \"x\" or }")]
    [TestCase("class C { void M() => throw new (\"x\"); }")]
    [TestCase("class C { void M() => throw new System.Exception(message: \"x\", ); }")]
    [TestCase("\"x\" == args[0]; \"x\"; \"x\"; class")]
    [TestCase("namespace N; \"x\" \"x\" \"x\"")]
    [TestCase("partial class C { string A = \"x\"; } partial class C { string B = \"x\"; string D = \"x\" }")]
    [TestCase("class C { const string A = \"x\" + ; static readonly string B = ")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source, new MagicStringAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public async Task StillReportsInCodeThatDoesNotCompile()
    {
        var run = await AnalyzerRunner.RunAsync("class C { bool M(string s) => s == \"x\" && ", new MagicStringAnalyzer());

        Assert.That(run.Diagnostics, Has.Length.EqualTo(1));
        Assert.That(run.Diagnostics[0].Id, Is.EqualTo("TG2003"));
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new MagicStringAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2003.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2003"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }
}
