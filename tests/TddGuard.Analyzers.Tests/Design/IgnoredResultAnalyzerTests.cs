using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.IgnoredResultAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D06")]
public sealed class IgnoredResultAnalyzerTests
{
    private const string TryAdvice = "check the bool it returns, or discard it explicitly with '_ ='";
    private const string StringAdvice = "a string never changes, so use the string it returns";
    private const string ImmutableAdvice = "an immutable collection never changes, so use the collection it returns";
    private const string LinqAdvice = "a LINQ method does nothing but return its result, so use it or remove the call";

    /// <summary>Statements in a method whose parameters cover every kind of call the rule knows.</summary>
    private const string Template = """
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;

        class C
        {
            bool TryRefresh() => true;

            void M(
                string text,
                int[] numbers,
                Dictionary<string, int> map,
                ImmutableList<int> list,
                IImmutableList<int> abstractList,
                ImmutableArray<int> array,
                ImmutableDictionary<string, int> dictionary)
            {
                STATEMENT
            }
        }
        """;

    [TestCase("int.{|#0:TryParse|}(text, out _);", "TryParse", TryAdvice)]
    [TestCase("map.{|#0:TryGetValue|}(text, out var value);", "TryGetValue", TryAdvice)]
    [TestCase("map.{|#0:TryAdd|}(text, 1);", "TryAdd", TryAdvice)]
    [TestCase("{|#0:TryRefresh|}();", "TryRefresh", TryAdvice)]
    [TestCase("this.{|#0:TryRefresh|}();", "TryRefresh", TryAdvice)]
    [TestCase("text.{|#0:Trim|}();", "Trim", StringAdvice)]
    [TestCase("text.{|#0:Replace|}(\"a\", \"b\");", "Replace", StringAdvice)]
    [TestCase("text.{|#0:ToUpperInvariant|}();", "ToUpperInvariant", StringAdvice)]
    [TestCase("text.{|#0:Substring|}(1);", "Substring", StringAdvice)]
    [TestCase("string.{|#0:Join|}(\",\", numbers);", "Join", StringAdvice)]
    [TestCase("text?.{|#0:Trim|}();", "Trim", StringAdvice)]
    [TestCase("text?.Trim().{|#0:ToLowerInvariant|}();", "ToLowerInvariant", StringAdvice)]
    [TestCase("list.{|#0:Add|}(1);", "Add", ImmutableAdvice)]
    [TestCase("list.{|#0:Remove|}(1);", "Remove", ImmutableAdvice)]
    [TestCase("array.{|#0:SetItem|}(0, 1);", "SetItem", ImmutableAdvice)]
    [TestCase("dictionary.{|#0:Remove|}(text);", "Remove", ImmutableAdvice)]
    [TestCase("dictionary.{|#0:SetItem|}(text, 2);", "SetItem", ImmutableAdvice)]
    [TestCase("abstractList.{|#0:Add|}(1);", "Add", ImmutableAdvice)]
    [TestCase("abstractList.{|#0:Replace|}(1, 2);", "Replace", ImmutableAdvice)]
    [TestCase("numbers.{|#0:Select|}(n => n * 2);", "Select", LinqAdvice)]
    [TestCase("numbers.{|#0:ToList|}();", "ToList", LinqAdvice)]
    [TestCase("numbers.{|#0:Cast|}<object>();", "Cast", LinqAdvice)]
    [TestCase("numbers.Where(n => n > 0).{|#0:Count|}();", "Count", LinqAdvice)]
    [TestCase("Enumerable.{|#0:Range|}(0, 3);", "Range", LinqAdvice)]
    [TestCase("numbers.AsQueryable().{|#0:Where|}(n => n > 0);", "Where", LinqAdvice)]
    [TestCase("text.{|#0:Select|}(c => c);", "Select", LinqAdvice)]
    public async Task ReportsADiscardedResult(string statement, string method, string advice)
    {
        await Verify.VerifyAsync(
            Template.Replace("STATEMENT", statement),
            Verify.Diagnostic("TG2014").WithLocation(0).WithArguments(method, advice));
    }

    [TestCase("_ = int.TryParse(text, out _);")]
    [TestCase("_ = text.Trim();")]
    [TestCase("_ = list.Add(1);")]
    [TestCase("var trimmed = text.Trim();")]
    [TestCase("if (map.TryGetValue(text, out var value)) { }")]
    [TestCase("list = list.Add(1);")]
    [TestCase("new HashSet<int>().Add(1);")]
    [TestCase("new List<int>().Remove(1);")]
    [TestCase("list.Contains(1);")]
    [TestCase("list.ToBuilder().Add(1);")]
    [TestCase("dictionary.ToBuilder().Remove(text);")]
    [TestCase("new System.Text.StringBuilder().Append(text);")]
    [TestCase("numbers.ToList().ForEach(n => { });")]
    [TestCase("text.CopyTo(0, new char[1], 0, 1);")]
    [TestCase("string.Intern(text);")]
    [TestCase("System.Action trim = () => text.Trim();")]
    [TestCase("System.Func<bool> parse = () => int.TryParse(text, out _);")]
    [TestCase("System.Func<string> trim = () => { return text.Trim(); };")]
    [TestCase("System.Console.WriteLine(text.Trim());")]
    public async Task DoesNotReportAResultThatIsUsedOrThatIsNotTheWholePointOfTheCall(string statement)
    {
        await Verify.VerifyAsync(Template.Replace("STATEMENT", statement));
    }

    [Test]
    public async Task ReportsInBlockBodiedLambdas()
    {
        const string source = """
            class C
            {
                void M(string text)
                {
                    System.Action trim = () => { text.{|#0:Trim|}(); };
                }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2014").WithLocation(0).WithArguments("Trim", StringAdvice));
    }

    [Test]
    public async Task DoesNotReportOtherMethodsNamedLikeTryOrNotReturningBool()
    {
        const string source = """
            using System.Threading.Tasks;

            class C
            {
                bool Tryst() => true;
                void TryLater() { }
                int TryCount() => 0;
                Task<bool> TrySendAsync() => Task.FromResult(true);

                async Task M()
                {
                    Tryst();
                    TryLater();
                    TryCount();
                    TrySendAsync();
                    await TrySendAsync();
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task ReportsInExpressionBodiedMembersLocalFunctionsRecordsAndPartialTypes()
    {
        const string source = """
            record R(string Text)
            {
                public void Normalize() => Text.{|#0:Trim|}();
            }

            record struct S(int Value)
            {
                public void Parse(string text) => int.{|#1:TryParse|}(text, out _);
            }

            partial class Service(string text)
            {
                public void Run()
                {
                    Local();

                    void Local() => text.{|#2:ToUpperInvariant|}();
                }

                class Nested
                {
                    void M(string other)
                    {
                        other.{|#3:Trim|}();
                    }
                }
            }

            partial class Service
            {
                public void Stop()
                {
                    text.{|#4:Trim|}();
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2014").WithLocation(0).WithArguments("Trim", StringAdvice),
            Verify.Diagnostic("TG2014").WithLocation(1).WithArguments("TryParse", TryAdvice),
            Verify.Diagnostic("TG2014").WithLocation(2).WithArguments("ToUpperInvariant", StringAdvice),
            Verify.Diagnostic("TG2014").WithLocation(3).WithArguments("Trim", StringAdvice),
            Verify.Diagnostic("TG2014").WithLocation(4).WithArguments("Trim", StringAdvice));
    }

    [Test]
    public async Task ReportsInTopLevelStatements()
    {
        var test = Verify.CreateTest("""
            var text = args[0];
            text.{|#0:Trim|}();
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2014").WithLocation(0).WithArguments("Trim", StringAdvice));

        await test.RunAsync();
    }

    [Test]
    public async Task DoesNotReportACallToAUserTypeNamedLikeAWellKnownOne()
    {
        const string source = """
            namespace MyLinq
            {
                static class Enumerable
                {
                    public static int Range(int start, int count) => start + count;
                }

                class C
                {
                    void M() => Enumerable.Range(0, 3);
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task SkipsGeneratedCode()
    {
        var test = Verify.CreateTest(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("Header.cs", """
            // <auto-generated/>
            class A
            {
                void M(string text) => text.Trim();
            }
            """));
        test.TestState.Sources.Add(("Generated.g.cs", """
            class B
            {
                void M(string text) => text.Trim();
            }
            """));

        await test.RunAsync();
    }

    [TestCase("void M() => _text.{|#0:Trim|}();")]
    [TestCase("async Task M() => _text.{|#0:Trim|}();")]
    [TestCase("C() => _text.{|#0:Trim|}();")]
    [TestCase("~C() => _text.{|#0:Trim|}();")]
    [TestCase("string P { get => _text; set => value.{|#0:Trim|}(); }")]
    [TestCase("event Action E { add => _text.{|#0:Trim|}(); remove { } }")]
    [TestCase("void M() { Local(); void Local() => _text.{|#0:Trim|}(); }")]
    [TestCase("void M() { Local(); async Task Local() => _text.{|#0:Trim|}(); }")]
    public async Task ReportsTheBodyOfAnExpressionBodiedMemberThatReturnsNothing(string member)
    {
        await Verify.VerifyAsync(
            ArrowMember(member),
            Verify.Diagnostic("TG2014").WithLocation(0).WithArguments("Trim", StringAdvice));
    }

    [TestCase("string M() => _text.Trim();")]
    [TestCase("Task<string> M() => Task.FromResult(_text.Trim());")]
    [TestCase("string P => _text.Trim();")]
    [TestCase("string P { get => _text.Trim(); }")]
    [TestCase("string this[int i] => _text.Trim();")]
    [TestCase("public static string operator +(C c, int i) => c._text.Trim();")]
    [TestCase("public static explicit operator string(C c) => c._text.Trim();")]
    [TestCase("void M() { Local(); string Local() => _text.Trim(); }")]
    public async Task DoesNotReportTheBodyOfAnExpressionBodiedMemberThatReturnsIt(string member)
    {
        await Verify.VerifyAsync(ArrowMember(member));
    }

    [Test]
    public async Task ReportsOnReceiversDeclaredAsFieldsPropertiesLocalsAndInEnclosingOrBaseTypes()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Collections.Immutable;
            using System.Linq;
            using System.Text;

            class Base
            {
                protected ImmutableList<int> _inherited = [];
            }

            class C(ImmutableList<int> captured) : Base
            {
                private static ImmutableHashSet<int> s_set = [];
                private readonly IImmutableList<int> _list = ImmutableList<int>.Empty;
                private ImmutableArray<int>? _maybe;
                private List<int> _shadowed = new();
                private IEnumerable<int> Sequence { get; } = [];
                private StringBuilder _builder = new();
                private string _text = "";

                void M(bool flag)
                {
                    _list.{|#0:Add|}(1);
                    this._list.{|#1:Remove|}(1);
                    s_set.{|#2:Add|}(2);
                    _inherited.{|#3:Add|}(3);
                    _maybe?.{|#4:Add|}(4);
                    captured.{|#5:Add|}(5);
                    Sequence.{|#6:Append|}(6);
                    _text.{|#7:Insert|}(0, "x");
                    ImmutableList<int> _shadowed = [];
                    _shadowed.{|#8:Add|}(8);
                    var local = ImmutableList<int>.Empty;
                    local.{|#9:Add|}(9);
                    _builder.Append("not LINQ").Insert(0, "not immutable");
                    new List<int>().AsReadOnly();
                }

                class Nested
                {
                    void M() => s_set.{|#10:Remove|}(10);
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2014").WithLocation(0).WithArguments("Add", ImmutableAdvice),
            Verify.Diagnostic("TG2014").WithLocation(1).WithArguments("Remove", ImmutableAdvice),
            Verify.Diagnostic("TG2014").WithLocation(2).WithArguments("Add", ImmutableAdvice),
            Verify.Diagnostic("TG2014").WithLocation(3).WithArguments("Add", ImmutableAdvice),
            Verify.Diagnostic("TG2014").WithLocation(4).WithArguments("Add", ImmutableAdvice),
            Verify.Diagnostic("TG2014").WithLocation(5).WithArguments("Add", ImmutableAdvice),
            Verify.Diagnostic("TG2014").WithLocation(6).WithArguments("Append", LinqAdvice),
            Verify.Diagnostic("TG2014").WithLocation(7).WithArguments("Insert", StringAdvice),
            Verify.Diagnostic("TG2014").WithLocation(8).WithArguments("Add", ImmutableAdvice),
            Verify.Diagnostic("TG2014").WithLocation(9).WithArguments("Add", ImmutableAdvice),
            Verify.Diagnostic("TG2014").WithLocation(10).WithArguments("Remove", ImmutableAdvice));
    }

    [Test]
    public async Task DoesNotReportChangingCallsOnMutableReceiversDeclaredAsFieldsPropertiesAndLocals()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Text;

            class C
            {
                private readonly List<int> _list = new();
                private Dictionary<string, int> Map { get; } = new();
                private HashSet<int>? _set;
                private readonly StringBuilder _builder = new();

                void M(ISet<int> parameter)
                {
                    _list.Add(1);
                    _list.Remove(1);
                    _list.Insert(0, 1);
                    Map.Remove("a");
                    _set?.Add(1);
                    parameter.Add(2);
                    _builder.Append('x');
                    this._builder.Replace("a", "b");
                    List<int> local = new();
                    local.Add(3);
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [TestCase("class C { void M(string s) { s.Trim(")]
    [TestCase("class C { void M(string s) { s.")]
    [TestCase("class C { void M() { int.TryParse(; } }")]
    [TestCase("class C { void M() { Unknown.TryParse(x, out _); missing.Trim(); } }")]
    [TestCase("class C { void M(string s) { s?.; } }")]
    [TestCase("s.Trim(); class")]
    [TestCase("class C { void M(System.Collections.Immutable.ImmutableList<int> l) { l.Add(); } }")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source, new IgnoredResultAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new IgnoredResultAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2014.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2014"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }

    private static string ArrowMember(string member) => $$"""
        using System;
        using System.Threading.Tasks;

        class C
        {
            private readonly string _text = " a ";

            {{member}}
        }
        """;
}
