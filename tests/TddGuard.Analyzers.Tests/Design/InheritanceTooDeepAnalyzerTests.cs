using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.InheritanceTooDeepAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D08")]
public sealed class InheritanceTooDeepAnalyzerTests
{
    private const string ChainOfFour = """
        class A { }
        class B : A { }
        class C : B { }
        class D : C { }
        """;

    [TestCase("\nclass {|#0:E|} : D { }\n")]
    [TestCase("\npartial class {|#0:E|} : D { }\npartial class E { }\n")]
    public async Task ReportsAClassWithMoreSourceDefinedBaseClassesThanTheDefaultLimitOnceOnItsFirstPart(string declaration)
    {
        var source = ChainOfFour + declaration;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2020").WithLocation(0).WithArguments("E", 4, 3, "E : D : C : B : A"));
    }

    [Test]
    public async Task DoesNotReportAClassAtTheLimit()
    {
        await Verify.VerifyAsync(ChainOfFour);
    }

    [Test]
    public async Task ReportsEveryClassBeyondTheLimit()
    {
        var source = ChainOfFour + "\nclass {|#0:E|} : D { }\nclass {|#1:F|} : E { }\nclass {|#2:G|} : D { }\n";

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2020").WithLocation(0).WithArguments("E", 4, 3, "E : D : C : B : A"),
            Verify.Diagnostic("TG2020").WithLocation(1).WithArguments("F", 5, 3, "F : E : D : C : B : A"),
            Verify.Diagnostic("TG2020").WithLocation(2).WithArguments("G", 4, 3, "G : D : C : B : A"));
    }

    [Test]
    public async Task StopsCountingAtTheFirstBaseClassFromAnotherAssembly()
    {
        const string source = """
            class A : System.IO.MemoryStream { }
            class B : A { }
            class C : B { }
            class D : C { }
            class {|#0:E|} : D { }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2020").WithLocation(0).WithArguments("E", 4, 3, "E : D : C : B : A"));
    }

    [Test]
    public async Task CountsGenericBaseClassesAndShowsTheirTypeArguments()
    {
        const string source = """
            class A<T> { }
            class B : A<int> { }
            class C<T> : B { }
            class D : C<string> { }
            class {|#0:E|} : D { }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2020").WithLocation(0).WithArguments("E", 4, 3, "E : D : C<string> : B : A<int>"));
    }

    [Test]
    public async Task ReportsRecords()
    {
        const string source = """
            abstract record A;
            abstract record B : A;
            record C(int X) : B;
            record D(int X, int Y) : C(X);
            sealed record {|#0:E|}(int X, int Y, int Z) : D(X, Y);
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2020").WithLocation(0).WithArguments("E", 4, 3, "E : D : C : B : A"));
    }

    [Test]
    public async Task ReportsOnTheFirstPartThatIsNotGenerated()
    {
        var test = Verify.CreateTest(ChainOfFour + "\npartial class {|#0:E|} { }\n");
        test.TestState.Sources.Add(("E.g.cs", "partial class E : D { }\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2020").WithLocation(0).WithArguments("E", 4, 3, "E : D : C : B : A"));

        await test.RunAsync();
    }

    [Test]
    public async Task CountsGeneratedBaseClassesButDoesNotReportGeneratedClasses()
    {
        var test = Verify.CreateTest("class {|#0:E|} : D { }\n");
        test.TestState.Sources.Add(("Chain.g.cs", ChainOfFour + "\nclass F : D { }\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2020").WithLocation(0).WithArguments("E", 4, 3, "E : D : C : B : A"));

        await test.RunAsync();
    }

    [Test]
    public async Task ReportsNestedClassesAndCountsNestingAsNoLevel()
    {
        const string source = """
            class Outer
            {
                public class A { }
                public class B : A { }

                class Inner
                {
                    class C : B { }
                    class D : C { }
                    class {|#0:E|} : D { }
                }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2020").WithLocation(0).WithArguments("E", 4, 3, "E : D : C : B : A"));
    }

    [Test]
    public async Task DoesNotCountInterfacesOrStructs()
    {
        const string source = """
            interface I1 { }
            interface I2 : I1 { }
            interface I3 : I2 { }
            interface I4 : I3 { }
            interface I5 : I4 { }
            class A : I5 { }
            class B : A, I4 { }
            class C : B, I3 { }
            class D : C, I2 { }
            struct S : I5 { }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task ReportsInTestProjects()
    {
        // Deep fixture hierarchies hide a test's set-up as well as production hierarchies hide behaviour.
        var test = Verify.CreateTest(ChainOfFour + "\nclass {|#0:E|} : D { }\n");
        test.TestState.AdditionalReferences.Add(FakeTestFramework.NUnit);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2020").WithLocation(0).WithArguments("E", 4, 3, "E : D : C : B : A"));

        await test.RunAsync();
    }

    [Test]
    public async Task ReportsNextToTopLevelStatements()
    {
        var test = Verify.CreateTest("System.Console.WriteLine();\n\n" + ChainOfFour + "\nclass {|#0:E|} : D { }\n");
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2020").WithLocation(0).WithArguments("E", 4, 3, "E : D : C : B : A"));

        await test.RunAsync();
    }

    [Test]
    public async Task ReadsTheLimitFromEditorConfig()
    {
        const string source = """
            class A { }
            class B : A { }
            class {|#0:C|} : B { }
            """;

        await Verify.VerifyAsync(
            source,
            "tddguard.max_inheritance_depth = 1",
            Verify.Diagnostic("TG2020").WithLocation(0).WithArguments("C", 2, 1, "C : B : A"));
    }

    [TestCase("tddguard.max_inheritance_depth = deep")]
    [TestCase("tddguard.max_inheritance_depth = 0")]
    [TestCase("tddguard.max_inheritance_depth = -3")]
    [TestCase("tddguard.max_inheritance_depth =")]
    public async Task FallsBackToTheDefaultLimitForAnUnusableValue(string option)
    {
        var source = ChainOfFour + "\nclass {|#0:E|} : D { }\n";

        await Verify.VerifyAsync(source, option, Verify.Diagnostic("TG2020").WithLocation(0).WithArguments("E", 4, 3, "E : D : C : B : A"));
    }

    [TestCase("// <auto-generated/>\n")]
    [TestCase("// <autogenerated />\n")]
    public async Task SkipsGeneratedCode(string header)
    {
        await Verify.VerifyAsync(header + ChainOfFour + "\nclass E : D { }\n");
    }

    [Test]
    public async Task SkipsFilesNamedAsGenerated()
    {
        var test = Verify.CreateTest(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("Generated.g.cs", ChainOfFour + "\nclass E : D { }\n"));

        await test.RunAsync();
    }

    [TestCase("class A : B { } class B : C { } class C : D { } class D : E { } class E : A { } class F : E { }")]
    [TestCase("class A : A { } class B : A { } class C : B { } class D : C { } class E : D { }")]
    [TestCase("class A : Missing { } class B : A { } class C : B { } class D : C { } class E : D { }")]
    [TestCase("class A { } class B : A { } class C : B { } class D : C { } class E : D")]
    [TestCase("class A { } class B : A { } class C : B { } class D : C { } class : D { }")]
    [TestCase("class A<T> : A<A<T>> { } class B : A<int> { } class C : B { } class D : C { } class E : D { }")]
    [TestCase("class A { } class B : A { } class C : B { } class D : C { } class E : D, { }")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source, new InheritanceTooDeepAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public async Task StillReportsInCodeThatDoesNotCompile()
    {
        var run = await AnalyzerRunner.RunAsync(
            "class A { } class B : A { } class C : B { } class D : C { } class E : D { void M() { Undefined(); }",
            new InheritanceTooDeepAnalyzer());

        Assert.That(run.Diagnostics, Has.Length.EqualTo(1));
        Assert.That(run.Diagnostics[0].Id, Is.EqualTo("TG2020"));
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new InheritanceTooDeepAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2020.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2020"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }
}
