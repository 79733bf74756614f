using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.ExceptionContextLostAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D03")]
public sealed class ExceptionContextLostAnalyzerTests
{
    private const string Template = """
        using System;
        using System.IO;

        class C
        {
            string M(string path, string value)
            {
                try
                {
                    return File.ReadAllText(path);
                }
                CATCH
            }

            static string Describe(Exception exception) => exception.GetType().Name;
        }

        class OrderException : Exception
        {
            public OrderException(string message) : base(message) { }
            public OrderException(string message, Exception innerException) : base(message, innerException) { }
        }

        class NoInnerException : Exception
        {
            public NoInnerException(string message) : base(message) { }
        }

        class HiddenInnerException : Exception
        {
            public HiddenInnerException(string message) : base(message) { }
            private HiddenInnerException(string message, Exception innerException) : base(message, innerException) { }
        }

        class CodedException : Exception
        {
            public CodedException(string message, int code = 0) : base(message) { }
            public CodedException(string message, int code, Exception innerException) : base(message, innerException) { }
        }

        class GenericException<T> : Exception
        {
            public GenericException(T value) : base(value?.ToString()) { }
            public GenericException(T value, Exception innerException) : base(value?.ToString(), innerException) { }
        }
        """;

    [TestCase("catch (IOException exception) { throw {|#0:new InvalidOperationException(\"Could not read.\")|}; }", "InvalidOperationException", "'exception'")]
    [TestCase("catch (IOException) { throw {|#0:new InvalidOperationException(\"Could not read.\")|}; }", "InvalidOperationException", "the caught exception")]
    [TestCase("catch { throw {|#0:new InvalidOperationException(\"Could not read.\")|}; }", "InvalidOperationException", "the caught exception")]
    [TestCase("catch (Exception ex) { throw {|#0:new InvalidOperationException($\"Could not read: {ex.Message}\")|}; }", "InvalidOperationException", "'ex'")]
    [TestCase("catch (IOException ex) { throw {|#0:new OrderException(\"Order file unreadable.\")|}; }", "OrderException", "'ex'")]
    [TestCase("catch (IOException ex) { throw {|#0:new GenericException<int>(42)|}; }", "GenericException<int>", "'ex'")]
    [TestCase("catch (IOException ex) { throw {|#0:new ArgumentException(\"Unreadable.\", nameof(path))|}; }", "ArgumentException", "'ex'")]
    [TestCase("catch (IOException ex) { throw {|#0:new ArgumentException(paramName: nameof(path), message: \"Unreadable.\")|}; }", "ArgumentException", "'ex'")]
    [TestCase("catch (IOException ex) { return value ?? throw {|#0:new InvalidOperationException(\"No value.\")|}; }", "InvalidOperationException", "'ex'")]
    [TestCase("catch (IOException ex) when (ex.HResult == 32) { throw {|#0:new InvalidOperationException(\"Locked.\")|}; }", "InvalidOperationException", "'ex'")]
    [TestCase("catch (IOException ex) { try { return path; } finally { throw {|#0:new InvalidOperationException(\"Cleanup failed.\")|}; } }", "InvalidOperationException", "'ex'")]
    [TestCase("catch (IOException ex) { throw {|#0:new InvalidOperationException(\"Failed.\") { Source = path }|}; }", "InvalidOperationException", "'ex'")]
    public async Task ReportsANewExceptionThatDropsTheCaughtOne(string catchClause, string type, string caught)
    {
        var source = Template.Replace("CATCH", catchClause);

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2008").WithLocation(0).WithArguments(type, caught));
    }

    [TestCase("catch (IOException ex) { throw new InvalidOperationException(\"Could not read.\", ex); }")]
    [TestCase("catch (IOException ex) { throw new InvalidOperationException(\"Could not read.\", ex.InnerException); }")]
    [TestCase("catch (IOException ex) { throw new InvalidOperationException(ex.ToString()); }")]
    [TestCase("catch (IOException ex) { throw new InvalidOperationException(Describe(ex)); }")]
    [TestCase("catch (IOException ex) { throw new InvalidOperationException(\"Failed.\") { Data = { [\"cause\"] = ex } }; }")]
    [TestCase("catch (IOException ex) { throw new ArgumentNullException(nameof(path), \"Unreadable.\"); }")]
    [TestCase("catch (IOException) { throw new NoInnerException(\"Unreadable.\"); }")]
    [TestCase("catch (IOException) { throw new HiddenInnerException(\"Unreadable.\"); }")]
    [TestCase("catch (IOException) { throw new CodedException(\"Unreadable.\"); }")]
    [TestCase("catch (IOException) { throw new InvalidOperationException(); }")]
    [TestCase("catch (IOException) { throw new AggregateException(\"Unreadable.\", new Exception(\"a\"), new Exception(\"b\")); }")]
    [TestCase("catch (IOException) { throw; }")]
    [TestCase("catch (IOException ex) { throw ex; }")]
    [TestCase("catch (IOException ex) { var wrapped = new InvalidOperationException(\"Unreadable.\"); throw wrapped; }")]
    [TestCase("catch (IOException ex) when (ex.HResult == 32 ? true : throw new InvalidOperationException(\"Odd.\")) { throw; }")]
    [TestCase("catch (IOException ex) { Func<string> later = () => throw new InvalidOperationException(\"Later.\"); return later(); }")]
    [TestCase("catch (IOException ex) { return Later(); string Later() => throw new InvalidOperationException(\"Later.\"); }")]
    [TestCase("catch (IOException ex) { Func<string> later = delegate { throw new InvalidOperationException(\"Later.\"); }; return later(); }")]
    public async Task DoesNotReport(string catchClause)
    {
        await Verify.VerifyAsync(Template.Replace("CATCH", catchClause));
    }

    [Test]
    public async Task DoesNotReportThrowsOutsideACatchBlock()
    {
        const string source = """
            using System;

            class C
            {
                void M(bool failed)
                {
                    try
                    {
                        throw new InvalidOperationException("In try.");
                    }
                    finally
                    {
                        if (failed)
                        {
                            throw new InvalidOperationException("In finally.");
                        }
                    }
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task JudgesANestedCatchByItsOwnCaughtException()
    {
        const string source = """
            using System;
            using System.IO;

            class C
            {
                void M()
                {
                    try
                    {
                        Console.WriteLine();
                    }
                    catch (IOException outer)
                    {
                        try
                        {
                            Console.WriteLine();
                        }
                        catch (FormatException inner) when (inner.HResult == 1)
                        {
                            throw {|#0:new InvalidOperationException("Inner lost.")|};
                        }
                        catch (FormatException)
                        {
                            throw new InvalidOperationException("Outer kept.", outer);
                        }
                        catch (ArgumentException)
                        {
                            throw {|#1:new InvalidOperationException("Inner lost.")|};
                        }

                        throw {|#2:new InvalidOperationException("Outer lost.")|};
                    }
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2008").WithLocation(0).WithArguments("InvalidOperationException", "'inner'"),
            Verify.Diagnostic("TG2008").WithLocation(1).WithArguments("InvalidOperationException", "the caught exception"),
            Verify.Diagnostic("TG2008").WithLocation(2).WithArguments("InvalidOperationException", "'outer'"));
    }

    [Test]
    public async Task ReportsInCatchBlocksInsideLambdasLocalFunctionsRecordsAndPrimaryConstructors()
    {
        const string source = """
            using System;

            record R(string Text)
            {
                public int Number
                {
                    get
                    {
                        try { return int.Parse(Text); }
                        catch (FormatException ex) { throw {|#0:new InvalidOperationException("Not a number.")|}; }
                    }
                }
            }

            record struct S(string Text)
            {
                public int Parse() { try { return int.Parse(Text); } catch { throw {|#1:new ArgumentException("Not a number.", nameof(Text))|}; } }
            }

            partial class Service(Func<int> source)
            {
                public Func<int> Safe => () =>
                {
                    try { return source(); }
                    catch (OverflowException ex) { throw {|#2:new InvalidOperationException("Too big.")|}; }
                };

                public int Run()
                {
                    return Local();

                    int Local()
                    {
                        try { return source(); }
                        catch (DivideByZeroException ex) { throw {|#3:new InvalidOperationException("No divisor.")|}; }
                    }
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2008").WithLocation(0).WithArguments("InvalidOperationException", "'ex'"),
            Verify.Diagnostic("TG2008").WithLocation(1).WithArguments("ArgumentException", "the caught exception"),
            Verify.Diagnostic("TG2008").WithLocation(2).WithArguments("InvalidOperationException", "'ex'"),
            Verify.Diagnostic("TG2008").WithLocation(3).WithArguments("InvalidOperationException", "'ex'"));
    }

    [Test]
    public async Task ReportsInTopLevelStatements()
    {
        var test = Verify.CreateTest("""
            try
            {
                System.Console.WriteLine(args[0]);
            }
            catch (System.IndexOutOfRangeException ex)
            {
                throw {|#0:new System.ArgumentException("Expected one argument.")|};
            }
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2008").WithLocation(0).WithArguments("ArgumentException", "'ex'"));

        await test.RunAsync();
    }

    [Test]
    public async Task TellsTheFixWhichParameterTakesTheInnerException()
    {
        var run = await AnalyzerRunner.RunAsync(
            "class C { void M() { try { } catch (System.Exception) { throw new System.ArgumentException(\"m\", \"p\"); } } }",
            new ExceptionContextLostAnalyzer());

        Assert.That(run.Diagnostics, Has.Length.EqualTo(1));
        Assert.That(run.Diagnostics[0].Properties, Does.ContainKey("InnerExceptionParameter").WithValue("innerException"));
    }

    [TestCase("// <auto-generated/>\n")]
    [TestCase("// <autogenerated />\n")]
    public async Task SkipsGeneratedCode(string header)
    {
        var source = header + """
            class C
            {
                void M()
                {
                    try { System.Console.WriteLine(); } catch { throw new System.InvalidOperationException("Lost."); }
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
                void M()
                {
                    try { System.Console.WriteLine(); } catch { throw new System.InvalidOperationException("Lost."); }
                }
            }
            """));

        await test.RunAsync();
    }

    [TestCase("class C { void M() { try { } catch (System.Exception ex) { throw new System.InvalidOperationException(")]
    [TestCase("class C { void M() { try { } catch (System.Exception ex) { throw new Unknown(\"m\"); } } }")]
    [TestCase("class C { void M() { try { } catch (Unknown ex) { throw new System.InvalidOperationException(\"m\"); } } }")]
    [TestCase("class C { void M() { try { } catch (System.Exception ex) { throw new(\"m\"); } } }")]
    [TestCase("class C { void M() { try { } catch (System.Exception ex) { throw new System.InvalidOperationException(\"m\", 1, 2); } } }")]
    [TestCase("class C { void M() { try { } catch (System.Exception ex) { throw new System.InvalidOperationException(message: ); } } }")]
    [TestCase("class C { void M() { try { } catch (int ex) { throw new System.InvalidOperationException(\"m\"); } } }")]
    [TestCase("class C { void M() { catch (System.Exception ex) { throw new System.InvalidOperationException(\"m\"); } } }")]
    [TestCase("class C { void M() { try { } catch { throw new string('a', 1); } } }")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source, new ExceptionContextLostAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new ExceptionContextLostAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2008.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2008"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }
}
