using System.IO;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.UnclearExceptionAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D03")]
public sealed class UnclearExceptionAnalyzerTests
{

    private const string Template = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            void M(string name, int count, CancellationToken token)
            {
                THROW;
            }
        }

        class OrderException : Exception
        {
            public OrderException() { }
            public OrderException(string message) : base(message) { }
        }

        class OrderMissingException : Exception
        {
            public OrderMissingException() : base("The order is missing.") { }
            public OrderMissingException(string message) : base(message) { }
        }

        class OrderLostException() : Exception("The order was lost.")
        {
            public OrderLostException(string message) : this() => Detail = message;

            public string Detail { get; } = "";
        }

        class OrderGoneException(string message) : Exception(message);

        class BareException : Exception
        {
        }

        class CodedException : Exception
        {
            public CodedException(int code = 0) : base($"Failure {code}.") { }
            public CodedException(string message) : base(message) { }
        }

        class GenericException<T> : Exception
        {
            public GenericException() { }
            public GenericException(string message) : base(message) { }
        }
        """;

    [TestCase("throw {|#0:new Exception(\"The order is missing.\")|}", "Exception")]
    [TestCase("throw {|#0:new Exception()|}", "Exception")]
    [TestCase("throw {|#0:new System.Exception($\"Order {name} is missing.\")|}", "Exception")]
    [TestCase("throw {|#0:new SystemException(\"The order is missing.\")|}", "SystemException")]
    [TestCase("throw {|#0:new ApplicationException(\"The order is missing.\")|}", "ApplicationException")]
    [TestCase("throw {|#0:new Exception(\"The order is missing.\", new InvalidOperationException(\"Inner.\"))|}", "Exception")]
    [TestCase("_ = name ?? throw {|#0:new Exception(\"No name.\")|}", "Exception")]
    public async Task ReportsAnUnspecificExceptionType(string statement, string type)
    {
        var source = Template.Replace("THROW", statement);

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2009").WithLocation(0).WithMessage(Unspecific(type)));
    }

    [TestCase("throw {|#0:new InvalidOperationException()|}", "InvalidOperationException")]
    [TestCase("throw {|#0:new ArgumentException()|}", "ArgumentException")]
    [TestCase("throw {|#0:new ArgumentNullException()|}", "ArgumentNullException")]
    [TestCase("throw {|#0:new KeyNotFoundException()|}", "KeyNotFoundException")]
    [TestCase("throw {|#0:new FormatException()|}", "FormatException")]
    [TestCase("throw {|#0:new InvalidOperationException { Source = name }|}", "InvalidOperationException")]
    [TestCase("throw {|#0:new InvalidOperationException(null)|}", "InvalidOperationException")]
    [TestCase("throw {|#0:new InvalidOperationException(\"\")|}", "InvalidOperationException")]
    [TestCase("throw {|#0:new InvalidOperationException(\"  \")|}", "InvalidOperationException")]
    [TestCase("throw {|#0:new InvalidOperationException(string.Empty)|}", "InvalidOperationException")]
    [TestCase("throw {|#0:new InvalidOperationException(\"\", new FormatException(\"Inner.\"))|}", "InvalidOperationException")]
    [TestCase("throw {|#0:new ArgumentException(null, (string)null)|}", "ArgumentException")]
    [TestCase("throw {|#0:new OrderException()|}", "OrderException")]
    [TestCase("throw {|#0:new OrderGoneException(\"\")|}", "OrderGoneException")]
    [TestCase("throw {|#0:new GenericException<int>()|}", "GenericException<int>")]
    [TestCase("_ = name ?? throw {|#0:new ArgumentNullException()|}", "ArgumentNullException")]
    [TestCase("const string blank = \" \"; throw {|#0:new InvalidOperationException(blank)|}", "InvalidOperationException")]
    [TestCase("throw {|#0:new InvalidOperationException($\" \")|}", "InvalidOperationException")]
    [TestCase("throw {|#0:new InvalidOperationException($\"\")|}", "InvalidOperationException")]
    [TestCase("throw {|#0:new InvalidOperationException((\"\"))|}", "InvalidOperationException")]
    public async Task ReportsAnExceptionWithoutAMessage(string statement, string type)
    {
        var source = Template.Replace("THROW", statement);

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2009").WithLocation(0).WithMessage(NoMessage(type)));
    }

    /// <summary>The rule binds only creations whose syntax could be unclear; an alias hides the type's name.</summary>
    [Test]
    public async Task ReportsAnUnspecificTypeNamedThroughAUsingAlias()
    {
        const string source = """
            using Failure = System.Exception;

            class C
            {
                void M() => throw {|#0:new Failure("The order is missing.")|};
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2009").WithLocation(0).WithMessage(Unspecific("Exception")));
    }

    [TestCase("throw new InvalidOperationException($\"Order {name} is already shipped.\")")]
    [TestCase("throw new ArgumentNullException(nameof(name))")]
    [TestCase("throw new ArgumentOutOfRangeException(nameof(count))")]
    [TestCase("throw new ArgumentOutOfRangeException(nameof(count), count, null)")]
    [TestCase("throw new ArgumentException(\"Must not be blank.\", nameof(name))")]
    [TestCase("throw new ObjectDisposedException(nameof(C))")]
    [TestCase("throw new NotImplementedException()")]
    [TestCase("throw new NotSupportedException()")]
    [TestCase("throw new PlatformNotSupportedException()")]
    [TestCase("throw new OperationCanceledException()")]
    [TestCase("throw new OperationCanceledException(token)")]
    [TestCase("throw new TaskCanceledException()")]
    [TestCase("throw new OrderMissingException()")]
    [TestCase("throw new OrderLostException()")]
    [TestCase("throw new OrderGoneException(\"The order is gone.\")")]
    [TestCase("throw new BareException()")]
    [TestCase("throw new CodedException()")]
    [TestCase("throw new GenericException<string>(\"The order is missing.\")")]
    [TestCase("var unthrown = new Exception()")]
    [TestCase("Exception error = new InvalidOperationException(); throw error")]
    public async Task DoesNotReport(string statement)
    {
        await Verify.VerifyAsync(Template.Replace("THROW", statement));
    }

    [Test]
    public async Task ReportsInExpressionBodiesLambdasLocalFunctionsRecordsAndCatchFilters()
    {
        const string source = """
            using System;

            record R(string Name)
            {
                public string Upper => Name is null ? throw {|#0:new Exception("No name.")|} : Name.ToUpperInvariant();
            }

            record struct S(int Count)
            {
                public int Half() => Count % 2 == 0 ? Count / 2 : throw {|#1:new InvalidOperationException()|};
            }

            partial class Service(Func<int> source)
            {
                public Func<int> Checked => () => source() switch
                {
                    < 0 => throw {|#2:new ArgumentOutOfRangeException()|},
                    var value => value,
                };

                public int Run()
                {
                    try
                    {
                        return Local();
                    }
                    catch (Exception exception) when (exception.HResult == 1 ? true : throw {|#3:new ApplicationException("Odd failure.")|})
                    {
                        throw;
                    }

                    int Local() => throw {|#4:new SystemException("Not yet.")|};
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2009").WithLocation(0).WithMessage(Unspecific("Exception")),
            Verify.Diagnostic("TG2009").WithLocation(1).WithMessage(NoMessage("InvalidOperationException")),
            Verify.Diagnostic("TG2009").WithLocation(2).WithMessage(NoMessage("ArgumentOutOfRangeException")),
            Verify.Diagnostic("TG2009").WithLocation(3).WithMessage(Unspecific("ApplicationException")),
            Verify.Diagnostic("TG2009").WithLocation(4).WithMessage(Unspecific("SystemException")));
    }

    [Test]
    public async Task ReportsInsideNestedCatchBlocks()
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
                        catch (FormatException inner)
                        {
                            throw {|#0:new InvalidOperationException()|};
                        }

                        throw {|#1:new Exception("Could not write.", outer)|};
                    }
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2009").WithLocation(0).WithMessage(NoMessage("InvalidOperationException")),
            Verify.Diagnostic("TG2009").WithLocation(1).WithMessage(Unspecific("Exception")));
    }

    [Test]
    public async Task ReportsInTopLevelStatements()
    {
        var test = Verify.CreateTest("""
            if (args.Length == 0)
            {
                throw {|#0:new System.Exception("Expected an argument.")|};
            }
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2009").WithLocation(0).WithMessage(Unspecific("Exception")));

        await test.RunAsync();
    }

    [Test]
    public async Task DoesNotReportInTestProjects()
    {
        var test = Verify.CreateTest("""
            using System;

            class FailingClock
            {
                public DateTime Now => throw new InvalidOperationException();

                public void Tick() => throw new Exception("Boom.");
            }
            """);
        test.TestState.AdditionalReferences.Add(AssemblyNamed("nunit.framework"));

        await test.RunAsync();
    }

    [TestCase("// <auto-generated/>\n")]
    [TestCase("// <autogenerated />\n")]
    public async Task SkipsGeneratedCode(string header)
    {
        var source = header + """
            class C
            {
                void M() => throw new System.Exception();
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
                void M() => throw new System.Exception();
            }
            """));

        await test.RunAsync();
    }

    [TestCase("class C { void M() { throw new System.Exception(")]
    [TestCase("class C { void M() { throw new System.InvalidOperationException { ")]
    [TestCase("class C { void M() { throw new Unknown(); } }")]
    [TestCase("class C { void M() { throw new(); } }")]
    [TestCase("class C { void M() { throw new int(); } }")]
    [TestCase("class C { void M() { throw new System.InvalidOperationException(message: ); } }")]
    [TestCase("class C { void M() { throw new System.InvalidOperationException(1, 2, 3); } }")]
    [TestCase("class C { void M() => throw new System.ArgumentException(null, null, null, null); }")]
    [TestCase("class E : System.Exception { E() : base( } class C { void M() => throw new E(); }")]
    [TestCase("class E() : System.Exception( { } class C { void M() => throw new E(); }")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source, new UnclearExceptionAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public void DescriptorsLinkToTheRulePage()
    {
        var descriptors = new UnclearExceptionAnalyzer().SupportedDiagnostics;

        Assert.That(descriptors, Has.Length.EqualTo(2));
        Assert.That(descriptors, Has.All.Property(nameof(DiagnosticDescriptor.Id)).EqualTo("TG2009"));
        Assert.That(descriptors, Has.All.Property(nameof(DiagnosticDescriptor.HelpLinkUri)).EndWith("docs/rules/TG2009.md"));
        Assert.That(descriptors, Has.All.Property(nameof(DiagnosticDescriptor.DefaultSeverity)).EqualTo(DiagnosticSeverity.Warning));
    }

    private static string Unspecific(string type) =>
        $"Throwing '{type}' does not say what kind of failure happened; throw a specific exception type that callers can catch";

    private static string NoMessage(string type) => $"'{type}' is thrown without a message; say what went wrong and with which values";

    private static PortableExecutableReference AssemblyNamed(string name)
    {
        using var image = new MemoryStream();
        var emitted = CSharpCompilation.Create(name, options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).Emit(image);
        Assert.That(emitted.Success, Is.True);
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
