using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.MutableStaticStateAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D04")]
public sealed class MutableStaticStateAnalyzerTests
{
    private const string NotReadonly = "the static field is not readonly; make it readonly, or pass the state in where it is needed";
    private const string HasSetter = "the static property has a setter; remove the setter, or pass the state in where it is needed";

    private static string MutableCollection(string type) =>
        $"'{type}' is a mutable collection; use an immutable or read-only collection type";

    [TestCase("private static int {|#0:s_count|};", "s_count")]
    [TestCase("public static int {|#0:Count|} = 1;", "Count")]
    [TestCase("internal static string {|#0:s_name|} = \"a\";", "s_name")]
    [TestCase("private static volatile bool {|#0:s_stopped|};", "s_stopped")]
    [TestCase("private static System.Random {|#0:s_random|} = new();", "s_random")]
    [TestCase("private static System.Collections.Immutable.ImmutableArray<int> {|#0:s_items|};", "s_items")]
    [TestCase("private static System.Collections.Generic.List<int> {|#0:s_items|} = new();", "s_items")]
    [TestCase("[System.ThreadStatic] private static int {|#0:t_depth|};", "t_depth")]
    public async Task ReportsAStaticFieldThatIsNotReadonly(string member, string name)
    {
        var source = $$"""
            class C
            {
                {{member}}
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2010").WithLocation(0).WithArguments(name, NotReadonly));
    }

    [Test]
    public async Task ReportsEveryVariableOfAFieldDeclaration()
    {
        const string source = """
            class C
            {
                private static int {|#0:s_a|}, {|#1:s_b|} = 2;
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2010").WithLocation(0).WithArguments("s_a", NotReadonly),
            Verify.Diagnostic("TG2010").WithLocation(1).WithArguments("s_b", NotReadonly));
    }

    [TestCase("public static int {|#0:Count|} { get; set; }", "Count")]
    [TestCase("public static int {|#0:Count|} { get; private set; }", "Count")]
    [TestCase("private static string {|#0:Name|} { get; set; } = \"a\";", "Name")]
    [TestCase("public static int {|#0:Count|} { get => 0; set { } }", "Count")]
    [TestCase("public static int {|#0:Count|} { set { } }", "Count")]
    [TestCase("public static System.Collections.Generic.List<int> {|#0:Items|} { get; set; } = new();", "Items")]
    public async Task ReportsAStaticPropertyWithASetter(string member, string name)
    {
        var source = $$"""
            class C
            {
                {{member}}
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2010").WithLocation(0).WithArguments(name, HasSetter));
    }

    [TestCase("System.Collections.Generic.List<int>", "List<int>")]
    [TestCase("System.Collections.Generic.Dictionary<string, int>", "Dictionary<string, int>")]
    [TestCase("System.Collections.Generic.HashSet<string>", "HashSet<string>")]
    [TestCase("System.Collections.Generic.SortedSet<string>", "SortedSet<string>")]
    [TestCase("System.Collections.Generic.SortedDictionary<string, int>", "SortedDictionary<string, int>")]
    [TestCase("System.Collections.Generic.SortedList<string, int>", "SortedList<string, int>")]
    [TestCase("System.Collections.Generic.Queue<int>", "Queue<int>")]
    [TestCase("System.Collections.Generic.Stack<int>", "Stack<int>")]
    [TestCase("System.Collections.Generic.LinkedList<int>", "LinkedList<int>")]
    [TestCase("System.Collections.Generic.PriorityQueue<int, int>", "PriorityQueue<int, int>")]
    [TestCase("System.Collections.Concurrent.ConcurrentDictionary<string, int>", "ConcurrentDictionary<string, int>")]
    [TestCase("System.Collections.Concurrent.ConcurrentQueue<int>", "ConcurrentQueue<int>")]
    [TestCase("System.Collections.Concurrent.ConcurrentStack<int>", "ConcurrentStack<int>")]
    [TestCase("System.Collections.Concurrent.ConcurrentBag<int>", "ConcurrentBag<int>")]
    [TestCase("System.Collections.Concurrent.BlockingCollection<int>", "BlockingCollection<int>")]
    [TestCase("System.Collections.ObjectModel.Collection<int>", "Collection<int>")]
    [TestCase("System.Collections.ObjectModel.ObservableCollection<int>", "ObservableCollection<int>")]
    [TestCase("System.Collections.ArrayList", "ArrayList")]
    [TestCase("System.Collections.Hashtable", "Hashtable")]
    [TestCase("System.Collections.Specialized.NameValueCollection", "NameValueCollection")]
    [TestCase("int[]", "int[]")]
    [TestCase("string[][]", "string[][]")]
    [TestCase("int[,]", "int[,]")]
    [TestCase("Names", "Names")]
    public async Task ReportsAStaticReadonlyFieldOfAMutableCollectionType(string type, string display)
    {
        var source = $$"""
            class C
            {
                private static readonly {{type}} {|#0:s_items|} = null!;
            }

            class Names : System.Collections.Generic.List<string>
            {
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2010").WithLocation(0).WithArguments("s_items", MutableCollection(display)));
    }

    [Test]
    public async Task ReportsAGetOnlyAutoPropertyOfAMutableCollectionType()
    {
        const string source = """
            using System.Collections.Generic;

            class C
            {
                public static List<int> {|#0:Items|} { get; } = new();

                public static List<int> Fresh => new();

                public static int[] Computed { get { return new[] { 1 }; } }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2010").WithLocation(0).WithArguments("Items", MutableCollection("List<int>")));
    }

    [TestCase("private const int Max = 3;")]
    [TestCase("private static readonly int s_max = 3;")]
    [TestCase("private static readonly string s_name = \"a\";")]
    [TestCase("private static readonly System.TimeSpan s_timeout = System.TimeSpan.FromSeconds(1);")]
    [TestCase("private static readonly System.Lazy<System.Collections.Generic.List<int>> s_items = new(() => new());")]
    [TestCase("private static readonly System.Collections.Immutable.ImmutableArray<int> s_items = System.Collections.Immutable.ImmutableArray.Create(1);")]
    [TestCase("private static readonly System.Collections.Immutable.ImmutableDictionary<string, int> s_items = System.Collections.Immutable.ImmutableDictionary<string, int>.Empty;")]
    [TestCase("private static readonly System.Collections.Frozen.FrozenSet<int> s_items = System.Collections.Frozen.FrozenSet.ToFrozenSet(new[] { 1 });")]
    [TestCase("private static readonly System.Collections.Generic.IReadOnlyList<int> s_items = new[] { 1 };")]
    [TestCase("private static readonly System.Collections.Generic.IReadOnlyDictionary<string, int> s_items = new System.Collections.Generic.Dictionary<string, int>();")]
    [TestCase("private static readonly System.Collections.ObjectModel.ReadOnlyCollection<int> s_items = new(new[] { 1 });")]
    [TestCase("private static readonly int[] s_empty = new int[0];")]
    [TestCase("private static readonly int[] s_empty = { };")]
    [TestCase("private static readonly int[] s_empty = new int[] { };")]
    [TestCase("private static readonly int[] s_empty = [];")]
    [TestCase("private static readonly int[] s_empty = System.Array.Empty<int>();")]
    [TestCase("public static int Count { get; }")]
    [TestCase("public static int Count => 3;")]
    [TestCase("private int _count;")]
    [TestCase("private readonly System.Collections.Generic.List<int> _items = new();")]
    [TestCase("public int Count { get; set; }")]
    [TestCase("public static event System.EventHandler? Changed;")]
    public async Task DoesNotReportImmutableOrInstanceState(string member)
    {
        var source = $$"""
            class C
            {
                {{member}}
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotReportAnAbstractStaticPropertyButItsImplementation()
    {
        const string source = """
            interface IDefaults
            {
                static abstract int Limit { get; set; }
            }

            class Defaults : IDefaults
            {
                public static int {|#0:Limit|} { get; set; }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2010").WithLocation(0).WithArguments("Limit", HasSetter));
    }

    [Test]
    public async Task ReportsInPartialNestedGenericTypesRecordsAndInterfaces()
    {
        const string source = """
            partial class Outer
            {
                private static int {|#0:s_a|};

                private static class Nested
                {
                    public static int {|#1:Hits|} { get; set; }
                }
            }

            partial class Outer
            {
                private static readonly int[] {|#2:s_b|} = { 1 };
            }

            record R(int Value)
            {
                public static R {|#3:Default|} = new(0);
            }

            record struct S(int Value)
            {
                private static readonly System.Collections.Generic.List<S> {|#4:s_all|} = new();
            }

            class Cache<T>
            {
                public static T? {|#5:Last|};
            }

            interface IRegistry
            {
                static int {|#6:s_count|};
            }

            class Service(int size)
            {
                private static int {|#7:s_instances|};

                public int Size => size;
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2010").WithLocation(0).WithArguments("s_a", NotReadonly),
            Verify.Diagnostic("TG2010").WithLocation(1).WithArguments("Hits", HasSetter),
            Verify.Diagnostic("TG2010").WithLocation(2).WithArguments("s_b", MutableCollection("int[]")),
            Verify.Diagnostic("TG2010").WithLocation(3).WithArguments("Default", NotReadonly),
            Verify.Diagnostic("TG2010").WithLocation(4).WithArguments("s_all", MutableCollection("List<S>")),
            Verify.Diagnostic("TG2010").WithLocation(5).WithArguments("Last", NotReadonly),
            Verify.Diagnostic("TG2010").WithLocation(6).WithArguments("s_count", NotReadonly),
            Verify.Diagnostic("TG2010").WithLocation(7).WithArguments("s_instances", NotReadonly));
    }

    [Test]
    public async Task DoesNotReportLocalsInTopLevelStatementsLambdasOrLocalFunctions()
    {
        var test = Verify.CreateTest("""
            var count = 0;
            System.Action increment = () => count++;
            increment();
            Report();

            static void Report()
            {
                var items = new System.Collections.Generic.List<int>();
                items.Add(1);
            }

            partial class Program
            {
                private static int {|#0:s_runs|};
            }
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2010").WithLocation(0).WithArguments("s_runs", NotReadonly));

        await test.RunAsync();
    }

    [Test]
    public async Task InATestProjectReportsWritableStateButNotReadonlyCollectionsThatHoldTestCases()
    {
        var test = Verify.CreateTest("""
            using NUnit.Framework;

            public class CalculatorTests
            {
                private static readonly object[] s_cases = { new object[] { 1, 2 } };
                private static int {|#0:s_runs|};

                [TestCaseSource(nameof(s_cases))]
                public void Adds(int a, int b) => s_runs++;
            }
            """);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(TestAttribute).Assembly.Location));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2010").WithLocation(0).WithArguments("s_runs", NotReadonly));

        await test.RunAsync();
    }

    [TestCase("// <auto-generated/>\n")]
    [TestCase("// <autogenerated />\n")]
    public async Task SkipsGeneratedCode(string header)
    {
        var source = header + """
            class C
            {
                private static int s_count;
                public static int Count { get; set; }
                private static readonly int[] s_items = { 1 };
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
                private static int s_count;
                public static int Count { get; set; }
            }
            """));

        await test.RunAsync();
    }

    [TestCase("class C { static int ")]
    [TestCase("class C { static int s_a = ")]
    [TestCase("class C { static readonly Missing<int> s_a = new(); static readonly Missing[] s_b; }")]
    [TestCase("class C { static readonly int[] s_a = new int[; }")]
    [TestCase("class C { static int P { get; set")]
    [TestCase("class C { static int P { set => }")]
    [TestCase("static int s_top;")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source, new MutableStaticStateAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new MutableStaticStateAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2010.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2010"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }
}
