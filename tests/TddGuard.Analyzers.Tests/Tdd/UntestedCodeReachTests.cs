using System.Threading.Tasks;
using NUnit.Framework;
using static TddGuard.Analyzers.Tests.Tdd.UntestedCodeRuns;

namespace TddGuard.Analyzers.Tests.Tdd;

/// <summary>
/// TG1001/TG1002 ask whether any test reaches a member: a test calls it, or calls code that (transitively) calls it.
/// The roots are what the test sources name; the edges are followed through the production compilation.
/// </summary>
[TestFixture]
[Property("Todo", "R01")]
public sealed class UntestedCodeReachTests
{
    /// <summary>The façade every test here calls; the code behind it is what is judged.</summary>
    private const string FacadeTests = "public class MarkdownTests { public void Renders() => _ = Markdown.ToHtml(\"# a\"); }";

    [Test]
    public async Task CountsMembersAndTypesCalledByTestedCodeAsReached()
    {
        const string production = """
            public static class Markdown
            {
                public static string ToHtml(string text) => Renderer.Render(Parser.Parse(text));
            }

            public static class Parser
            {
                public static string Parse(string text) => Normalize(text).Trim();

                public static string Normalize(string text) => text.Replace("\r", "");
            }

            public static class Renderer
            {
                public static string Render(string block) => "<p>" + block + "</p>";
            }
            """;

        await RunAsync(production, [FacadeTests]);
    }

    [Test]
    [Property("Todo", "R02")]
    public async Task ReportsWhatOnlyUntestedCodeCallsAndWhatNothingCalls()
    {
        const string production = """
            public static class Markdown
            {
                public static string ToHtml(string text) => Plain.Keep(text);

                public static string {|#0:ToText|}(string text) => Plain.Strip(text);
            }

            public static class Plain
            {
                public static string Keep(string text) => text;

                public static string {|#1:Strip|}(string text) => text.Trim();

                public static string {|#2:Unused|}(string text) => text;
            }
            """;

        await RunAsync(
            production,
            [FacadeTests],
            Untested(0, "Markdown.ToText", NothingCalls),
            Untested(1, "Plain.Strip", NoTestReaches),
            Untested(2, "Plain.Unused", NothingCalls));
    }

    [Test]
    [Property("Todo", "R02")]
    public async Task ReportsATypeThatOnlyUntestedCodeUses()
    {
        const string production = """
            public static class Markdown
            {
                public static string ToHtml(string text) => text;

                public static string {|#0:ToText|}(string text) => new Plain().Strip(text);
            }

            public sealed class {|#1:Plain|}
            {
                public string Strip(string text) => text.Trim();
            }

            public sealed class {|#2:Orphan|}
            {
                public string Work(string text) => text;
            }
            """;

        await RunAsync(
            production,
            [FacadeTests],
            Untested(0, "Markdown.ToText", NothingCalls),
            UntestedType(1, "Plain", NoTestReachesType),
            UntestedType(2, "Orphan", NothingUses));
    }

    [Test]
    [Property("Todo", "R02")]
    public async Task SaysNothingCallsAMemberWhoseNameOnlyItsOwnDeclarationUses()
    {
        const string production = """
            using System.Collections.Generic;

            public static class Markdown
            {
                public static string ToHtml(string text) => text;
            }

            public sealed class {|#0:Cart|}
            {
                private readonly List<int> _items = new();

                public static Cart Empty() => new Cart();

                public int Size() => _items.Count;
            }

            public sealed class Basket
            {
                private readonly List<int> _items = new();

                public void Add(int item) => _items.Add(item);

                public void {|#1:Remove|}(int item) => _items.Remove(item);
            }

            public static class Shop
            {
                public static void Fill() => new Basket().Add(1);
            }
            """;
        const string tests = "public class MarkdownTests { public void Renders() { _ = Markdown.ToHtml(\"# a\"); Shop.Fill(); } }";

        await RunAsync(production, [tests], UntestedType(0, "Cart", NothingUses), Untested(1, "Basket.Remove", NothingCalls));
    }

    [Test]
    [Property("Todo", "R02")]
    public async Task SaysNothingCallsAnOverloadOrAConstructorThatOnlySharesItsName()
    {
        const string production = """
            public static class Markdown
            {
                public static string ToHtml(string text) => Cart.Empty().Add(text.Length) + Other.Run(null);

                public static string {|#0:ToText|}(string text) => new Cart(text.Length).Add(1);
            }

            public sealed class Cart
            {
                private int _count;

                private Cart()
                {
                }

                public {|#1:Cart|}(int count)
                {
                    _count = count;
                }

                public static Cart Empty() => new();

                public string Add(int item) => (_count += item).ToString();

                public string {|#2:Add|}(string item) => item;

                public string {|#3:Remove|}(int item) => (_count -= item).ToString();
            }

            public sealed class {|#4:Context|}
            {
                public string Name() => "context".Trim();
            }

            public static class Other
            {
                public static string Run(Context? context) => context is null ? "" : "x";
            }
            """;

        await RunAsync(
            production,
            [FacadeTests],
            Untested(0, "Markdown.ToText", NothingCalls),
            Untested(1, "Cart.Cart", NoTestReaches),
            Untested(2, "Cart.Add", NothingCalls),
            Untested(3, "Cart.Remove", NothingCalls),
            UntestedType(4, "Context", NothingUses));
    }

    [TestCase("new Renderer(text).Render()")]
    [TestCase("Renderer.Create(text).Render()")]
    public async Task FollowsObjectCreationsIntoConstructorsAndInitializers(string call)
    {
        var production = $$"""
            public static class Markdown
            {
                public static string ToHtml(string text) => {{call}};
            }

            public sealed class Renderer
            {
                private static readonly string s_open = Tags.Open();
                private readonly string _close = Tags.Close();
                private readonly string _text;

                public Renderer(string text)
                {
                    _text = text.Trim();
                }

                public static Renderer {|#0:Create|}(string text) => new(text);

                public string Render() => s_open + _text + _close;
            }

            public static class Tags
            {
                public static string Open() => "<p>".Trim();

                public static string Close() => "</p>".Trim();
            }
            """;

        await RunAsync(production, [FacadeTests], call.StartsWith("new", System.StringComparison.Ordinal)
            ? [Untested(0, "Renderer.Create", NothingCalls)]
            : []);
    }

    [TestCase("private readonly Renderer _renderer = new(\"a\");", "_renderer.Render()")]
    [TestCase("private Renderer Current { get; } = new(\"a\");", "Current.Render()")]
    [TestCase("private readonly System.Collections.Generic.List<Renderer> _renderers = new() { new(\"a\") };", "_renderers[0].Render()")]
    [TestCase("", "Make().Render()")]
    public async Task FollowsTargetTypedCreationsWhereverTheTypeIsWritten(string member, string use)
    {
        var production = $$"""
            public sealed class Markdown
            {
                {{member}}

                public string ToHtml(string text) => text + {{use}};

                private static Renderer Make()
                {
                    Renderer made = new("b");
                    return made;
                }
            }

            public sealed class Renderer
            {
                private readonly string _text;

                public Renderer(string text)
                {
                    _text = text.Trim();
                }

                public string Render() => "<p>" + _text + "</p>";
            }
            """;
        const string tests = "public class MarkdownTests { public void Renders() => _ = new Markdown().ToHtml(\"# a\"); }";

        await RunAsync(production, [tests]);
    }

    [Test]
    public async Task FollowsAnImplicitCallToTheConstructorOfAGenericBase()
    {
        const string production = """
            public static class Markdown
            {
                public static string ToHtml(string text) => new CodeParser().Parse(text);
            }

            public abstract class ParserBase<TBlock>
            {
                protected ParserBase()
                {
                    Prefix = Tags.Open();
                }

                protected string Prefix { get; }
            }

            public sealed class CodeParser : ParserBase<string>
            {
                public string Parse(string text) => Prefix + text;
            }

            public static class Tags
            {
                public static string Open() => "<code>".Trim();
            }
            """;

        await RunAsync(production, [FacadeTests]);
    }

    [Test]
    public async Task CountsReadingAStaticFieldAsUsingItsTypesInitializers()
    {
        const string production = """
            using System.Collections.Generic;

            public static class Markdown
            {
                public static string ToHtml(string text) => Hosts.Known.Count + text;
            }

            public static class Hosts
            {
                public static readonly List<string> Known = Build();

                public static List<string> Build() => new() { Youtube.Name() };
            }

            public static class Youtube
            {
                public static string Name() => "youtube".Trim();
            }
            """;

        await RunAsync(production, [FacadeTests]);
    }

    [Test]
    public async Task FollowsPrimaryConstructorsIntoTheirBaseAndTheirInitializers()
    {
        const string production = """
            public static class Markdown
            {
                public static string ToHtml(string text) => new HtmlRenderer(text).Text;
            }

            public class RendererBase(string text)
            {
                public string Text { get; } = Tags.Wrap(text);
            }

            public sealed class HtmlRenderer(string text) : RendererBase(Tags.Escape(text))
            {
                public int Length { get; } = Tags.Measure(text);
            }

            public static class Tags
            {
                public static string Wrap(string text) => "<p>" + text + "</p>";

                public static string Escape(string text) => text.Replace("<", "&lt;");

                public static int Measure(string text) => text.Length;
            }
            """;

        await RunAsync(production, [FacadeTests]);
    }

    [Test]
    public async Task FollowsPropertyIndexerAndEventAccessors()
    {
        const string production = """
            public static class Markdown
            {
                public static string ToHtml(string text)
                {
                    var grid = new Grid();
                    grid.Width = text.Length;
                    grid.Changed += (_, _) => { };
                    return grid[grid.Width] + grid.Height;
                }
            }

            public sealed class Grid
            {
                private int _width;
                private System.EventHandler _changed = (_, _) => { };

                public int Width { get => _width; set => _width = Limits.Clamp(value); }

                public int Height => Limits.Clamp(_width * 2);

                public string this[int column] => Limits.Clamp(column).ToString();

                public event System.EventHandler Changed
                {
                    add { Limits.Track(); _changed += value; }
                    remove => _changed -= value;
                }
            }

            public static class Limits
            {
                public static int Clamp(int value) => System.Math.Min(value, 80);

                public static void Track() => System.Console.WriteLine("subscribed");
            }
            """;

        await RunAsync(production, [FacadeTests]);
    }

    [Test]
    public async Task FollowsOperatorsAndConversionsInReachedCode()
    {
        const string production = """
            public static class Markdown
            {
                public static string ToHtml(string text)
                {
                    Width width = text.Length;
                    var total = width + new Width(1);
                    return ((int)total).ToString();
                }
            }

            public readonly struct Width(int value)
            {
                public int Value { get; } = value;

                public static Width operator +(Width left, Width right) => new(Limits.Sum(left.Value, right.Value));

                public static implicit operator Width(int value) => new(Limits.Check(value));

                public static explicit operator int(Width width) => Limits.Check(width.Value);
            }

            public static class Limits
            {
                public static int Sum(int left, int right) => left + right;

                public static int Check(int value) => value < 0 ? 0 : value;
            }
            """;

        await RunAsync(production, [FacadeTests]);
    }

    [Test]
    public async Task FollowsForeachAndAwaitPatterns()
    {
        const string production = """
            using System.Runtime.CompilerServices;
            using System.Threading.Tasks;

            public static class Markdown
            {
                public static string ToHtml(string text) => Render(text).GetAwaiter().GetResult();

                private static async Task<string> Render(string text)
                {
                    var result = "";
                    foreach (var line in new Lines(text))
                    {
                        result += line;
                    }

                    await new Pause();
                    return result;
                }
            }

            public sealed class Lines(string text)
            {
                public LineEnumerator GetEnumerator() => new(Splitter.Split(text));
            }

            public sealed class LineEnumerator(string[] lines)
            {
                private int _index = -1;

                public string Current => Splitter.Clean(lines[_index]);

                public bool MoveNext() => Splitter.Next(ref _index, lines.Length);
            }

            public sealed class Pause
            {
                public TaskAwaiter GetAwaiter() => Delays.None().GetAwaiter();
            }

            public static class Splitter
            {
                public static string[] Split(string text) => text.Split('\n');

                public static string Clean(string line) => line.Trim();

                public static bool Next(ref int index, int count) => ++index < count;
            }

            public static class Delays
            {
                public static Task None() => Task.CompletedTask;
            }
            """;

        await RunAsync(production, [FacadeTests]);
    }

    [Test]
    public async Task FollowsMethodGroupsLambdasAndLocalFunctionsButNotNameof()
    {
        const string production = """
            using System.Linq;

            public static class Markdown
            {
                public static string ToHtml(string text)
                {
                    var words = text.Split(' ').Select(Words.Upper).Select(word => Words.Lower(word));
                    return Join() + nameof(Words.Named);

                    string Join() => Words.Join(words.ToArray());
                }
            }

            public static class Words
            {
                public static string Upper(string word) => word.ToUpperInvariant();

                public static string Lower(string word) => word.ToLowerInvariant();

                public static string Join(string[] words) => string.Join(" ", words);

                public static string {|#0:Named|}(string word) => word;
            }
            """;

        await RunAsync(production, [FacadeTests], Untested(0, "Words.Named", NoTestReaches));
    }

    [Test]
    public async Task DoesNotFollowLambdasOfUntestedCode()
    {
        const string production = """
            using System;

            public static class Markdown
            {
                public static string ToHtml(string text) => text;

                public static Func<string, string> {|#0:Later|}() => text => Words.Upper(text);
            }

            public static class {|#1:Words|}
            {
                public static string Upper(string word) => word.ToUpperInvariant();
            }
            """;

        await RunAsync(
            production,
            [FacadeTests],
            Untested(0, "Markdown.Later", NothingCalls),
            UntestedType(1, "Words", NoTestReachesType));
    }

    [Test]
    public async Task DispatchesAVirtualCallToTheOverridesOfTypesTheReachedCodeOrTheTestsCreate()
    {
        const string production = """
            public static class Markdown
            {
                public static string ToHtml(string text) => Render(new HeadingBlock(), text);

                public static string Render(Block block, string text) => block.Render(text) + block.Describe();

                public static string {|#0:Other|}(string text) => Render(new QuoteBlock(), text);
            }

            public abstract class Block
            {
                public abstract string Render(string text);

                public virtual string Describe() => "block";
            }

            public sealed class HeadingBlock : Block
            {
                public override string Render(string text) => "<h1>" + text + "</h1>";

                public override string Describe() => "heading";
            }

            public sealed class ParagraphBlock : Block
            {
                public override string Render(string text) => "<p>" + text + "</p>";
            }

            public sealed class {|#1:QuoteBlock|} : Block
            {
                public override string Render(string text) => "<blockquote>" + text + "</blockquote>";
            }

            public sealed class {|#2:ListBlock|} : Block
            {
                public override string Render(string text) => "<ul>" + text + "</ul>";
            }
            """;
        const string tests = "public class MarkdownTests { public void Renders() { _ = Markdown.ToHtml(\"# a\"); _ = Markdown.Render(new ParagraphBlock(), \"a\"); } }";

        await RunAsync(
            production,
            [tests],
            Untested(0, "Markdown.Other", NothingCalls),
            UntestedType(1, "QuoteBlock", NoTestReachesType),
            UntestedType(2, "ListBlock", NothingUses));
    }

    [Test]
    public async Task DispatchesAnInterfaceCallToTheImplementationsOfCreatedTypes()
    {
        const string production = """
            public static class Markdown
            {
                public static string ToHtml(string text) => Apply(new TrimFilter(), text);

                private static string Apply(IFilter filter, string text) => filter.Filter(text);
            }

            public interface IFilter
            {
                string Filter(string text);
            }

            public sealed class TrimFilter : IFilter
            {
                public string Filter(string text) => text.Trim();
            }

            public sealed class {|#0:UpperFilter|} : IFilter
            {
                public string Filter(string text) => text.ToUpperInvariant();
            }
            """;

        await RunAsync(production, [FacadeTests], UntestedType(0, "UpperFilter", NothingUses));
    }

    [Test]
    public async Task CountsATypeArgumentOfANewConstraintAsCreated()
    {
        const string production = """
            using System.Collections.Generic;
            using System.Linq;

            public static class Markdown
            {
                public static string ToHtml(string text)
                {
                    var extensions = new Extensions<IExtension>();
                    extensions.Add<TableExtension>();
                    return new Pipeline<FooterExtension>().Run(extensions.Run(text));
                }
            }

            public interface IExtension
            {
                string Setup(string text);
            }

            public sealed class Extensions<TBase> where TBase : IExtension
            {
                private readonly List<TBase> _items = new();

                public void Add<TItem>() where TItem : TBase, new() => _items.Add(new TItem());

                public string Run(string text) => _items.Aggregate(text, (current, extension) => extension.Setup(current));
            }

            public sealed class Pipeline<TExtension> where TExtension : IExtension, new()
            {
                public string Run(string text) => new TExtension().Setup(text);
            }

            public sealed class TableExtension : IExtension
            {
                public string Setup(string text) => text + "|";
            }

            public sealed class FooterExtension : IExtension
            {
                public string Setup(string text) => text + "---";
            }

            public sealed class {|#0:MathExtension|} : IExtension
            {
                public string Setup(string text) => text + "$";
            }
            """;

        await RunAsync(production, [FacadeTests], UntestedType(0, "MathExtension", NothingUses));
    }

    [Test]
    public async Task MapsGenericInstantiationsAndExtensionMethodsToTheirDefinitions()
    {
        const string production = """
            using System.Collections.Generic;

            public static class Markdown
            {
                public static string ToHtml(string text) => new Cache<string>().GetOrAdd(text, Keys.Of(text)).Shout();
            }

            public sealed class Cache<TValue>
            {
                private readonly Dictionary<string, TValue> _items = new();

                public TValue GetOrAdd(string key, TValue value) => _items.TryGetValue(key, out var found) ? found : Store(key, value);

                public TValue Store(string key, TValue value)
                {
                    _items[key] = value;
                    return value;
                }
            }

            public static class Keys
            {
                public static T Of<T>(T value) => value;
            }

            public static class TextExtensions
            {
                public static string Shout(this string text) => text.ToUpperInvariant();
            }
            """;

        await RunAsync(production, [FacadeTests]);
    }

    [Test]
    public async Task FollowsCallsAcrossTheFilesOfAPartialType()
    {
        const string first = """
            public static partial class Markdown
            {
                public static string ToHtml(string text) => Render(text);
            }
            """;
        const string second = """
            public static partial class Markdown
            {
                public static string Render(string text) => Tags.Wrap(text);
            }

            public static class Tags
            {
                public static string Wrap(string text) => "<p>" + text + "</p>";
            }
            """;

        await RunAsync([first, second], [FacadeTests]);
    }

    [Test]
    public async Task EndsOnRecursionAndCycles()
    {
        const string production = """
            public static class Markdown
            {
                public static string ToHtml(string text) => Even(text.Length) ? text : "";

                public static bool Even(int count) => count == 0 || Odd(count - 1);

                public static bool Odd(int count) => count != 0 && Even(count - 1);
            }
            """;

        await RunAsync(production, [FacadeTests]);
    }

    [Test]
    public async Task FollowsRecordsAndCountsTopLevelStatementsAsUntestedCallers()
    {
        const string production = """
            System.Console.WriteLine(Greeter.Hello("Ann"));

            public static class Markdown
            {
                public static string ToHtml(string text) => new Heading(text).Render();
            }

            public record Heading(string Text)
            {
                public string Render() => Tags.Wrap(Text);
            }

            public static class Tags
            {
                public static string Wrap(string text) => "<h1>" + text + "</h1>";
            }

            public static class {|#0:Greeter|}
            {
                public static string Hello(string name) => "Hello " + name;
            }
            """;
        var test = CreateTest(production, [FacadeTests]);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(UntestedType(0, "Greeter", NoTestReachesType));

        await test.RunAsync();
    }

    [Test]
    public async Task FollowsCallsOutOfGeneratedCodeButDoesNotReportIt()
    {
        const string production = """
            public static partial class Markdown
            {
                public static string ToHtml(string text) => Generated(text);
            }
            """;
        const string generated = """
            // <auto-generated/>
            public static partial class Markdown
            {
                public static string Generated(string text) => Tags.Wrap(text);
            }

            public static class GeneratedHelpers
            {
                public static string Unused(string text) => text;
            }
            """;
        const string tags = """
            public static class Tags
            {
                public static string Wrap(string text) => "<p>" + text + "</p>";
            }
            """;
        var test = CreateTest([production, tags], [FacadeTests]);
        test.TestState.Sources.Add(("/0/Markdown.g.cs", generated));

        await test.RunAsync();
    }

    [Test]
    public async Task StillReportsAMemberThatTheTestsReachOnlyByReflectionOrRegistration()
    {
        const string production = """
            public static class Markdown
            {
                public static string ToHtml(string text) => System.Activator.CreateInstance(System.Type.GetType("Plugin")!)!.ToString()!;
            }

            public sealed class {|#0:Plugin|}
            {
                public string Run(string text) => text;
            }
            """;

        await RunAsync(production, [FacadeTests], UntestedType(0, "Plugin", NothingUses));
    }

    [Test]
    public async Task ReachesFromAnExactMapOnlyTheOverloadsTheReachedCodeCalls()
    {
        const string production = """
            public class Shop
            {
                public int Checkout(Cart cart) => cart.Add(1) + cart.Count;
            }

            public class Cart
            {
                private int _count;

                public int Count => _count;

                public int Add(int item) => _count += item;

                public int {|#0:Add|}(string item) => _count += item.Length;
            }
            """;
        const string map = """
            T:Shop
            M:Shop.Checkout(Cart)
            """;

        await RunWithMapAsync(production, map, Untested(0, "Cart.Add", NothingCalls));
    }

    [Test]
    public async Task ReachesOperatorsFromAnExactMapOnlyWhenReachedCodeUsesThem()
    {
        const string production = """
            public class Shop
            {
                public Money Total(Money price) => price + price;
            }

            public readonly struct Money(int cents)
            {
                public int Cents { get; } = cents;

                public static Money operator +(Money left, Money right) => new(left.Cents + right.Cents);

                public static Money operator {|#0:-|}(Money left, Money right) => new(left.Cents - right.Cents);
            }
            """;
        const string map = """
            T:Shop
            M:Shop.Total(Money)
            """;

        await RunWithMapAsync(production, map, Untested(0, "Money.op_Subtraction", NoTestReaches));
    }

    [TestCase("public static class Markdown { public static string ToHtml(string text) => Parser.Parse(text); } public static class Parser { public static string Parse(string text) => text.Trim(")]
    [TestCase("public static class Markdown { public static string ToHtml(string text) => new Parser(text).Parse(); } public class Parser(string text) { public string Parse() => Parse(")]
    [TestCase("public static class Markdown { public static string ToHtml(string text) { foreach (var x in ")]
    public async Task NeverThrowsOnHalfTypedReachedCode(string source)
    {
        var run = await Verifiers.AnalyzerRunner.RunWithAdditionalFilesAsync(
            source,
            new TddGuard.Analyzers.Tdd.UntestedCodeAnalyzer(),
            ("/obj/tddguard.testmap", "T:Markdown\nM:Markdown.ToHtml(System.String)"));

        Assert.That(run.Exceptions, Is.Empty);
    }
}
