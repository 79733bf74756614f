using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.TooManyParametersAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D02")]
public sealed class TooManyParametersAnalyzerTests
{
    private const string SixParameters = "int a, int b, int c, int d, int e, int f";

    [Test]
    public async Task ReportsAMethodWithMoreParametersThanTheDefaultLimit()
    {
        const string source = """
            class C
            {
                void {|#0:Send|}(string to, string cc, string subject, string body, bool html, int priority)
                {
                }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2006").WithLocation(0).WithArguments("Send", 6, 5));
    }

    [Test]
    public async Task DoesNotReportAtTheLimit()
    {
        const string source = """
            delegate void D(int a, int b, int c, int d, int e);

            class C(int a, int b, int c, int d, int e)
            {
                public C(int a, int b, int c, int d) : this(a, b, c, d, 0) { }

                int this[int a, int b, int c, int d, int e] => a;

                void M(int a, int b, int c, int d, int e)
                {
                    void Local(int a, int b, int c, int d, int e) { }
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [TestCase("class C { void {|#0:M|}(SIX) { } }", "M")]
    [TestCase("class C { static T {|#0:M|}<T>(T t, int b, int c, int d, int e, int f) => t; }", "M")]
    [TestCase("static class C { static void {|#0:M|}(this string s, int a, int b, int c, int d, int e) { } }", "M")]
    [TestCase("class C { void {|#0:M|}(int a, int b, int c, int d, int e, params int[] rest) { } }", "M")]
    [TestCase("class C { public {|#0:C|}(SIX) { } }", "C")]
    [TestCase("delegate void {|#0:Handler|}(SIX);", "Handler")]
    [TestCase("class C { int {|#0:this|}[SIX] => 0; }", "this[]")]
    [TestCase("class {|#0:Service|}(SIX) { }", "Service")]
    [TestCase("struct {|#0:Point|}(SIX) { }", "Point")]
    [TestCase("interface I { void {|#0:M|}(SIX); }", "M")]
    [TestCase("abstract class C { public abstract void {|#0:M|}(SIX); }", "M")]
    [TestCase("class C { public virtual void {|#0:M|}(SIX) { } }", "M")]
    [TestCase("class C { void M() { void {|#0:Local|}(SIX) { } } }", "Local")]
    [TestCase("class C { void M() { static int {|#0:Local|}(SIX) => a; } }", "Local")]
    [TestCase("record R { public {|#0:R|}(SIX) { } }", "R")]
    [TestCase("record R(int A) { void {|#0:M|}(SIX) { } }", "M")]
    public async Task ReportsEveryKindOfSignatureItsAuthorChooses(string declaration, string name)
    {
        var source = declaration.Replace("SIX", SixParameters);

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2006").WithLocation(0).WithArguments(name, 6, 5));
    }

    [TestCase("record R(SIX);")]
    [TestCase("record class R(SIX) { }")]
    [TestCase("record struct R(SIX);")]
    [TestCase("readonly record struct R(SIX);")]
    public async Task DoesNotReportTheParametersOfARecordThatDeclareItsProperties(string declaration)
    {
        await Verify.VerifyAsync(declaration.Replace("SIX", SixParameters));
    }

    [TestCase("class B { public virtual void {|#0:M|}(SIX) { } } class C : B { public override void M(SIX) { } }")]
    [TestCase("abstract class B { public abstract int {|#0:this|}[SIX] { get; } } class C : B { public override int this[SIX] => 0; }")]
    [TestCase("interface I { void {|#0:M|}(SIX); } class C : I { void I.M(SIX) { } }")]
    [TestCase("interface I { void {|#0:M|}(SIX); } class C : I { public void M(SIX) { } }")]
    [TestCase("interface I { int {|#0:this|}[SIX] { get; } } class C : I { public int this[SIX] => 0; }")]
    [TestCase("interface I { void {|#0:M|}<T>(T t, int b, int c, int d, int e, int f); } class C : I { public void M<T>(T t, int b, int c, int d, int e, int f) { } }")]
    [TestCase("interface I<T> { void {|#0:M|}(T t, int b, int c, int d, int e, int f); } class C : I<string> { public void M(string t, int b, int c, int d, int e, int f) { } }")]
    public async Task ReportsOnlyWhereTheSignatureIsChosenNotWhereItIsImplemented(string declarations)
    {
        var source = declarations.Replace("SIX", SixParameters);
        var name = source.Contains("{|#0:this|}", System.StringComparison.Ordinal) ? "this[]" : "M";

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2006").WithLocation(0).WithArguments(name, 6, 5));
    }

    [TestCase("[System.Runtime.InteropServices.DllImport(\"native\")] static extern int Call(SIX);")]
    [TestCase("static extern int Call(SIX);")]
    [TestCase("[System.Runtime.InteropServices.LibraryImport(\"native\")] private static partial int Call(SIX); private static partial int Call(SIX) => 0;")]
    public async Task DoesNotReportNativeInteropSignatures(string member)
    {
        var source = "partial class C { MEMBER }".Replace("MEMBER", member).Replace("SIX", SixParameters);
        var test = Verify.CreateTest(source);

        // An extern method without DllImport does not link; the analyzer is what is under test here.
        test.CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None;

        await test.RunAsync();
    }

    [Test]
    public async Task ReportsAPartialMethodOnceOnItsDefinition()
    {
        var source = """
            partial class C
            {
                private partial void {|#0:M|}(SIX);
            }

            partial class C
            {
                private partial void M(SIX)
                {
                }
            }
            """.Replace("SIX", SixParameters);

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2006").WithLocation(0).WithArguments("M", 6, 5));
    }

    [Test]
    public async Task DoesNotReportAPartialMethodWhoseDefinitionIsGenerated()
    {
        var test = Verify.CreateTest("""
            partial class ViewModel
            {
                private partial void OnChanged(int a, int b, int c, int d, int e, int f)
                {
                }
            }
            """);
        test.TestState.Sources.Add(("ViewModel.g.cs", """
            partial class ViewModel
            {
                private partial void OnChanged(int a, int b, int c, int d, int e, int f);
            }
            """));

        await test.RunAsync();
    }

    [Test]
    public async Task DoesNotReportADeconstructThatMirrorsItsType()
    {
        const string source = """
            class Order
            {
                public void Deconstruct(out int id, out string customer, out string street, out string city, out string zip, out decimal total)
                {
                    (id, customer, street, city, zip, total) = (0, "", "", "", "", 0m);
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [TestCase("System.Func<int, int, int, int, int, int, int> f = (a, b, c, d, e, g) => a;")]
    [TestCase("System.Func<int, int, int, int, int, int, int> f = static (int a, int b, int c, int d, int e, int g) => a;")]
    [TestCase("System.Func<int, int, int, int, int, int, int> f = delegate (int a, int b, int c, int d, int e, int g) { return a; };")]
    public async Task DoesNotReportLambdasWhoseSignatureTheDelegateTypeDictates(string statement)
    {
        var source = """
            class C
            {
                void M()
                {
                    STATEMENT
                }
            }
            """.Replace("STATEMENT", statement);

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotReportOperators()
    {
        const string source = """
            readonly struct Money
            {
                public static Money operator +(Money left, Money right) => left;
                public static implicit operator decimal(Money money) => 0m;
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task ReportsALocalFunctionInTopLevelStatements()
    {
        var test = Verify.CreateTest("""
            System.Console.WriteLine(Sum(1, 2, 3, 4, 5, 6));

            static int {|#0:Sum|}(int a, int b, int c, int d, int e, int f) => a + b + c + d + e + f;
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2006").WithLocation(0).WithArguments("Sum", 6, 5));

        await test.RunAsync();
    }

    [Test]
    public async Task ReadsTheLimitFromEditorConfig()
    {
        const string source = """
            class C
            {
                void Pair(int a, int b) { }

                void {|#0:Triple|}(int a, int b, int c) { }
            }
            """;

        await Verify.VerifyAsync(
            source,
            "tddguard.max_parameters = 2",
            Verify.Diagnostic("TG2006").WithLocation(0).WithArguments("Triple", 3, 2));
    }

    [TestCase("tddguard.max_parameters = lots")]
    [TestCase("tddguard.max_parameters = 0")]
    [TestCase("tddguard.max_parameters = -1")]
    [TestCase("tddguard.max_parameters =")]
    public async Task FallsBackToTheDefaultLimitForAnUnusableValue(string option)
    {
        var source = """
            class C
            {
                void Five(int a, int b, int c, int d, int e) { }

                void {|#0:Six|}(SIX) { }
            }
            """.Replace("SIX", SixParameters);

        await Verify.VerifyAsync(source, option, Verify.Diagnostic("TG2006").WithLocation(0).WithArguments("Six", 6, 5));
    }

    [TestCase("// <auto-generated/>\n")]
    [TestCase("// <autogenerated />\n")]
    public async Task SkipsGeneratedCode(string header)
    {
        await Verify.VerifyAsync(header + "class C { void M(SIX) { } }".Replace("SIX", SixParameters));
    }

    [Test]
    public async Task SkipsFilesNamedAsGenerated()
    {
        var test = Verify.CreateTest(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("Generated.g.cs", "class C { void M(SIX) { } }".Replace("SIX", SixParameters)));

        await test.RunAsync();
    }

    [Test]
    public async Task DoesNotReportInTestProjects()
    {
        // Parameterised tests take one parameter per column of their table of cases.
        var test = Verify.CreateTest("class Tests { public void Converts(SIX) { } }".Replace("SIX", SixParameters));
        test.TestState.AdditionalReferences.Add(FakeTestFramework.NUnit);

        await test.RunAsync();
    }

    [TestCase("class C { void M(int a, int b, int c, int d, int e, int f")]
    [TestCase("class C { void M(int a, int b, int c, int d, int e, int f, ) { } }")]
    [TestCase("class C { void M(int a, , , , , , , ) { } }")]
    [TestCase("class C : I { public void M(int a, int b, int c, int d, int e, int f) { } }")]
    [TestCase("class C : Missing { public override void M(int a, int b, int c, int d, int e, int f) { } }")]
    [TestCase("class C(int a, int b, int c, int d, int e, int f")]
    [TestCase("record R(int a, int b, int c, int d, int e, int f")]
    [TestCase("delegate void D(int a, int b, int c, int d, int e, int f")]
    [TestCase("int this[int a, int b, int c, int d, int e, int f] => 0;")]
    [TestCase("void Local(int a, int b, int c, int d, int e, int f) { }")]
    [TestCase("class C { [System.Runtime.InteropServices.DllImport] static extern void M(int a, int b, int c, int d, int e, int f); }")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source, new TooManyParametersAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public async Task StillReportsInCodeThatDoesNotCompile()
    {
        var run = await AnalyzerRunner.RunAsync(
            "class C : IMissing { public void M(int a, int b, int c, int d, int e, int f) { Undefined(); } }",
            new TooManyParametersAnalyzer());

        Assert.That(run.Diagnostics, Has.Length.EqualTo(1));
        Assert.That(run.Diagnostics[0].Id, Is.EqualTo("TG2006"));
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new TooManyParametersAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2006.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2006"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }
}
