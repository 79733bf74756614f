using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NUnit.Framework;
using Verify = TddGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    TddGuard.Analyzers.Design.MutableStaticStateAnalyzer,
    TddGuard.CodeFixes.Design.MakeStaticFieldReadonlyFixer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D04")]
public sealed class MakeStaticFieldReadonlyFixerTests
{
    [Test]
    public async Task MakesAFieldAssignedOnlyWhereItIsDeclaredReadonly()
    {
        const string source = """
            class C
            {
                private static string [|s_name|] = "a";

                public int Length => s_name.Length;
            }
            """;
        const string fixedSource = """
            class C
            {
                private static readonly string s_name = "a";

                public int Length => s_name.Length;
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [TestCase("int?")]
    [TestCase("decimal")]
    [TestCase("object")]
    [TestCase("System.TimeSpan")]
    [TestCase("System.DayOfWeek")]
    [TestCase("System.Threading.CancellationToken")]
    [TestCase("System.Collections.Immutable.ImmutableArray<int>")]
    public async Task MakesFieldsOfImmutableValueTypesReadonly(string type)
    {
        var source = $$"""
            class C
            {
                private static {{type}} [|s_value|];

                public override string ToString() => s_value.ToString()!;
            }
            """;
        var fixedSource = $$"""
            class C
            {
                private static readonly {{type}} s_value;

                public override string ToString() => s_value.ToString()!;
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task MakesAFieldAssignedInTheStaticConstructorOfAnyPartReadonly()
    {
        var test = Verify.CreateTest(string.Empty, string.Empty);
        test.TestState.Sources.Clear();
        test.FixedState.Sources.Clear();
        test.TestState.Sources.Add(("/0/First.cs", """
            partial class C
            {
                private static int [|s_size|];

                static C()
                {
                    if (System.Environment.ProcessorCount > 1)
                    {
                        s_size = 2;
                        C.s_size += 1;
                    }

                    Limit = 3;
                }
            }
            """));
        test.TestState.Sources.Add(("/0/Second.cs", """
            partial class C
            {
                internal static int [|Limit|];

                public int Size => s_size + Limit;
            }
            """));
        test.FixedState.Sources.Add(("/0/First.cs", """
            partial class C
            {
                private static readonly int s_size;

                static C()
                {
                    if (System.Environment.ProcessorCount > 1)
                    {
                        s_size = 2;
                        C.s_size += 1;
                    }

                    Limit = 3;
                }
            }
            """));
        test.FixedState.Sources.Add(("/0/Second.cs", """
            partial class C
            {
                internal static readonly int Limit;

                public int Size => s_size + Limit;
            }
            """));

        await test.RunAsync();
    }

    [Test]
    public async Task KeepsCommentsAndLayoutAroundTheModifiers()
    {
        const string source = """
            class C
            {
                // The default greeting.
                public /* shared */ static
                    string [|Greeting|] = "hi"; // never changes
            }
            """;
        const string fixedSource = """
            class C
            {
                // The default greeting.
                public /* shared */ static readonly
                    string Greeting = "hi"; // never changes
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [TestCase("s_count = 2;")]
    [TestCase("s_count += 2;")]
    [TestCase("s_count++;")]
    [TestCase("--C.s_count;")]
    [TestCase("System.Threading.Interlocked.Increment(ref s_count);")]
    [TestCase("int.TryParse(\"1\", out s_count);")]
    [TestCase("(s_count, var other) = (1, 2);")]
    [TestCase("((s_count, _), _) = ((1, 2), 3);")]
    [TestCase("ref int alias = ref s_count;")]
    public async Task OffersNoFixWhenAMethodWritesTheField(string write)
    {
        var source = $$"""
            class C
            {
                private static int [|s_count|];

                void M()
                {
                    {{write}}
                }
            }
            """;

        await Verify.VerifyAsync(source, source);
    }

    [TestCase("static C() { System.Action reset = () => s_count = 0; }")]
    [TestCase("static C() { Reset(); void Reset() => s_count = 0; }")]
    [TestCase("C() { s_count = 0; }")]
    [TestCase("class Nested { static Nested() { s_count = 0; } }")]
    [TestCase("private static readonly int s_copy = s_count = 1;")]
    public async Task OffersNoFixWhenTheWriteIsNotInTheTypesOwnStaticConstructor(string member)
    {
        var source = $$"""
            class C
            {
                private static int [|s_count|];

                {{member}}
            }
            """;

        await Verify.VerifyAsync(source, source);
    }

    [Test]
    public async Task OffersNoFixWhenAnotherTypeWritesTheField()
    {
        const string source = """
            class Settings
            {
                internal static int [|Retries|] = 3;
            }

            class Startup
            {
                void Configure() => Settings.Retries = 5;
            }
            """;

        await Verify.VerifyAsync(source, source);
    }

    [TestCase("private static volatile bool [|s_stopped|];")]
    [TestCase("private static System.Threading.SpinLock [|s_lock|];")]
    [TestCase("private static Counter [|s_counter|];")]
    public async Task OffersNoFixWhereReadonlyWouldNotCompileOrWouldChangeBehaviour(string member)
    {
        var source = $$"""
            class C
            {
                {{member}}
            }

            struct Counter
            {
                public int Value;

                public void Increment() => Value++;
            }
            """;

        await Verify.VerifyAsync(source, source);
    }

    [TestCase("public static int [|Count|] { get; set; }")]
    [TestCase("private static readonly int[] [|s_items|] = { 1 };")]
    public async Task OffersNoFixForSettersOrMutableCollections(string member)
    {
        var source = $$"""
            class C
            {
                {{member}}
            }
            """;

        await Verify.VerifyAsync(source, source);
    }

    [Test]
    public async Task OffersNoFixWhenAnotherVariableOfTheDeclarationIsWritten()
    {
        const string source = """
            class C
            {
                private static int [|s_a|], [|s_b|];

                void M() => s_b = 1;
            }
            """;

        await Verify.VerifyAsync(source, source);
    }

    [Test]
    public async Task FixAllMakesEveryEligibleFieldReadonlyOnceAndLeavesTheRest()
    {
        const string source = """
            class C
            {
                private static int [|s_a|] = 1, [|s_b|] = 2;
                private static string [|s_name|] = "n";
                private static int [|s_hits|];

                void Hit() => s_hits++;
            }

            record R
            {
                public static R [|Empty|] = new();
            }
            """;
        const string fixedSource = """
            class C
            {
                private static readonly int s_a = 1, s_b = 2;
                private static readonly string s_name = "n";
                private static int [|s_hits|];

                void Hit() => s_hits++;
            }

            record R
            {
                public static readonly R Empty = new();
            }
            """;

        var test = Verify.CreateTest(source, fixedSource);
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }
}
