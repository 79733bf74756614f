using System.Threading.Tasks;
using NUnit.Framework;
using Verify = TddGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    TddGuard.Analyzers.Design.ExceptionContextLostAnalyzer,
    TddGuard.CodeFixes.Design.PassCaughtExceptionAsInnerFixer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D03")]
public sealed class PassCaughtExceptionAsInnerFixerTests
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
        }

        class EmptyException : Exception
        {
            public EmptyException() { }
            public EmptyException(Exception innerException) : base("Empty.", innerException) { }
            public string Detail { get; set; }
        }

        class GenericException<T> : Exception
        {
            public GenericException(T value) : base(value?.ToString()) { }
            public GenericException(T value, Exception innerException) : base(value?.ToString(), innerException) { }
        }
        """;

    [TestCase(
        "catch (IOException ex) { throw [|new InvalidOperationException(\"Could not read.\")|]; }",
        "catch (IOException ex) { throw new InvalidOperationException(\"Could not read.\", ex); }")]
    [TestCase(
        "catch (IOException @event) { throw [|new InvalidOperationException(\"Could not read.\")|]; }",
        "catch (IOException @event) { throw new InvalidOperationException(\"Could not read.\", @event); }")]
    [TestCase(
        "catch (IOException ex) { throw [|new InvalidOperationException($\"Could not read: {ex.Message}\")|]; }",
        "catch (IOException ex) { throw new InvalidOperationException($\"Could not read: {ex.Message}\", ex); }")]
    [TestCase(
        "catch (IOException) { throw [|new InvalidOperationException(\"Could not read.\")|]; }",
        "catch (IOException exception) { throw new InvalidOperationException(\"Could not read.\", exception); }")]
    [TestCase(
        "catch { throw [|new InvalidOperationException(\"Could not read.\")|]; }",
        "catch (Exception exception) { throw new InvalidOperationException(\"Could not read.\", exception); }")]
    [TestCase(
        "catch\n        {\n            throw [|new InvalidOperationException(\"Could not read.\")|];\n        }",
        "catch (Exception exception)\n        {\n            throw new InvalidOperationException(\"Could not read.\", exception);\n        }")]
    [TestCase(
        "catch when (path.Length > 0) { throw [|new InvalidOperationException(\"Could not read.\")|]; }",
        "catch (Exception exception) when (path.Length > 0) { throw new InvalidOperationException(\"Could not read.\", exception); }")]
    [TestCase(
        "catch (IOException ex) when (ex.HResult == 32) { throw [|new InvalidOperationException(\"Locked.\")|]; }",
        "catch (IOException ex) when (ex.HResult == 32) { throw new InvalidOperationException(\"Locked.\", ex); }")]
    [TestCase(
        "catch (IOException ex) { throw [|new ArgumentException(paramName: nameof(path), message: \"Unreadable.\")|]; }",
        "catch (IOException ex) { throw new ArgumentException(paramName: nameof(path), message: \"Unreadable.\", innerException: ex); }")]
    [TestCase(
        "catch (IOException ex) { throw [|new ArgumentException(\"Unreadable.\", nameof(path))|]; }",
        "catch (IOException ex) { throw new ArgumentException(\"Unreadable.\", nameof(path), ex); }")]
    [TestCase(
        "catch (IOException ex) { return value ?? throw [|new InvalidOperationException(\"No value.\")|]; }",
        "catch (IOException ex) { return value ?? throw new InvalidOperationException(\"No value.\", ex); }")]
    [TestCase(
        "catch (IOException ex) { throw [|new InvalidOperationException(\"Failed.\") { Source = path }|]; }",
        "catch (IOException ex) { throw new InvalidOperationException(\"Failed.\", ex) { Source = path }; }")]
    [TestCase(
        "catch (IOException ex) { throw [|new EmptyException()|]; }",
        "catch (IOException ex) { throw new EmptyException(ex); }")]
    [TestCase(
        "catch (IOException ex) { throw [|new EmptyException { Detail = path }|]; }",
        "catch (IOException ex) { throw new EmptyException(ex) { Detail = path }; }")]
    [TestCase(
        "catch (IOException ex) { throw [|new GenericException<string>(path)|]; }",
        "catch (IOException ex) { throw new GenericException<string>(path, ex); }")]
    [TestCase(
        "catch (IOException ex)\n        {\n            throw [|new InvalidOperationException(\n                \"Could not read.\" /* for the log */)|];\n        }",
        "catch (IOException ex)\n        {\n            throw new InvalidOperationException(\n                \"Could not read.\", ex /* for the log */);\n        }")]
    [TestCase(
        "catch (IOException ex)\n        {\n            throw [|new InvalidOperationException(\n                \"Could not read.\" // for the log\n                )|];\n        }",
        "catch (IOException ex)\n        {\n            throw new InvalidOperationException(\n                \"Could not read.\", ex // for the log\n                );\n        }")]
    public async Task PassesTheCaughtExceptionAsTheLastArgument(string catchClause, string fixedClause)
    {
        await Verify.VerifyAsync(Template.Replace("CATCH", catchClause), Template.Replace("CATCH", fixedClause));
    }

    [Test]
    public async Task QualifiesExceptionWhenSystemIsNotImported()
    {
        const string source = """
            class C
            {
                void M()
                {
                    try { System.Console.WriteLine(); }
                    catch { throw [|new System.InvalidOperationException("Failed.")|]; }
                }
            }
            """;
        const string fixedSource = """
            class C
            {
                void M()
                {
                    try { System.Console.WriteLine(); }
                    catch (System.Exception exception) { throw new System.InvalidOperationException("Failed.", exception); }
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task ChoosesANameNothingElseInScopeUses()
    {
        const string source = """
            using System;
            using System.IO;

            class C
            {
                private readonly string exception1 = "field";

                void M(string exception)
                {
                    try
                    {
                        Console.WriteLine(exception);
                    }
                    catch (IOException)
                    {
                        var exception2 = exception1.Length;
                        throw [|new InvalidOperationException("Failed " + exception2)|];
                    }

                    var exception3 = 3;
                    Console.WriteLine(exception3);
                }
            }
            """;
        const string fixedSource = """
            using System;
            using System.IO;

            class C
            {
                private readonly string exception1 = "field";

                void M(string exception)
                {
                    try
                    {
                        Console.WriteLine(exception);
                    }
                    catch (IOException exception4)
                    {
                        var exception2 = exception1.Length;
                        throw new InvalidOperationException("Failed " + exception2, exception4);
                    }

                    var exception3 = 3;
                    Console.WriteLine(exception3);
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task FixAllNamesEachCatchOnceInTheOrderOfItsDiagnosticsAndKeepsNestedNamesApart()
    {
        const string source = """
            using System;
            using System.IO;

            class C
            {
                void M(bool retry)
                {
                    try
                    {
                        Console.WriteLine();
                    }
                    catch (IOException)
                    {
                        try
                        {
                            Console.WriteLine();
                        }
                        catch
                        {
                            throw [|new InvalidOperationException("Retry failed.")|];
                        }

                        if (retry)
                        {
                            throw [|new InvalidOperationException("Could not retry.")|];
                        }

                        throw [|new InvalidOperationException("Failed.")|];
                    }
                    catch (FormatException ex)
                    {
                        throw [|new ArgumentException("Bad format.", nameof(retry))|];
                    }
                }
            }
            """;
        const string fixedSource = """
            using System;
            using System.IO;

            class C
            {
                void M(bool retry)
                {
                    try
                    {
                        Console.WriteLine();
                    }
                    catch (IOException exception1)
                    {
                        try
                        {
                            Console.WriteLine();
                        }
                        catch (Exception exception)
                        {
                            throw new InvalidOperationException("Retry failed.", exception);
                        }

                        if (retry)
                        {
                            throw new InvalidOperationException("Could not retry.", exception1);
                        }

                        throw new InvalidOperationException("Failed.", exception1);
                    }
                    catch (FormatException ex)
                    {
                        throw new ArgumentException("Bad format.", nameof(retry), ex);
                    }
                }
            }
            """;

        var test = Verify.CreateTest(source, fixedSource);
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Test]
    public async Task FixesInTopLevelStatementsAvoidingTheirLocals()
    {
        var test = Verify.CreateTest(
            """
            using System;

            var exception = "not this one";
            try
            {
                Console.WriteLine(args[0] + exception);
            }
            catch (IndexOutOfRangeException)
            {
                throw [|new ArgumentException("Expected one argument.")|];
            }
            """,
            """
            using System;

            var exception = "not this one";
            try
            {
                Console.WriteLine(args[0] + exception);
            }
            catch (IndexOutOfRangeException exception1)
            {
                throw new ArgumentException("Expected one argument.", exception1);
            }
            """);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.FixedState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;

        await test.RunAsync();
    }
}
