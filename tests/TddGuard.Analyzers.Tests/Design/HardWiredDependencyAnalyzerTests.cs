using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.HardWiredDependencyAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D08")]
public sealed class HardWiredDependencyAnalyzerTests
{
    private const string Repositories = """

        interface IOrderRepository
        {
            void Save(int order);
        }

        interface IRepository<T>
        {
            void Save(T item);
        }

        sealed class SqlOrderRepository : IOrderRepository
        {
            public SqlOrderRepository()
            {
            }

            public SqlOrderRepository(string connection)
            {
            }

            public void Save(int order)
            {
            }
        }

        sealed class SqlRepository<T> : IRepository<T>
        {
            public void Save(T item)
            {
            }
        }
        """;

    [TestCase("private readonly IOrderRepository _repository = {|#0:new SqlOrderRepository()|};", "_repository")]
    [TestCase("private readonly SqlOrderRepository _repository = {|#0:new SqlOrderRepository(\"db\")|};", "_repository")]
    [TestCase("private readonly IOrderRepository _repository = {|#0:new SqlOrderRepository { }|};", "_repository")]
    [TestCase("private readonly SqlOrderRepository _repository = {|#0:new()|};", "_repository")]
    [TestCase("internal readonly IOrderRepository Repository = {|#0:new SqlOrderRepository()|};", "Repository")]
    [TestCase("public IOrderRepository Repository { get; } = {|#0:new SqlOrderRepository()|};", "Repository")]
    [TestCase("private SqlOrderRepository Repository { get; } = {|#0:new()|};", "Repository")]
    public async Task ReportsAnInitializerThatCreatesTheImplementationOfAnInterface(string member, string name)
    {
        var source = $$"""
            sealed class OrderService
            {
                {{member}}
            }
            """ + Repositories;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2018").WithLocation(0).WithArguments(name, "SqlOrderRepository", "IOrderRepository"));
    }

    /// <summary>The rule binds only creations whose type name the project declares; an alias hides that name.</summary>
    [TestCase("using Orders = SqlOrderRepository;", "private readonly IOrderRepository _repository = {|#0:new Orders()|};")]
    [TestCase("using Orders = SqlOrderRepository;", "private readonly Orders _repository = {|#0:new()|};")]
    [TestCase("using Orders = SqlOrderRepository;", "private readonly IOrderRepository _repository; public OrderService() { _repository = {|#0:new Orders()|}; }")]
    public async Task ReportsACreationNamedThroughAUsingAlias(string alias, string member)
    {
        var source = $$"""
            {{alias}}

            sealed class OrderService
            {
                {{member}}
            }
            """ + Repositories;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2018").WithLocation(0).WithArguments("_repository", "SqlOrderRepository", "IOrderRepository"));
    }

    [Test]
    public async Task ReportsAnAssignmentInAConstructor()
    {
        var source = """
            sealed class OrderService
            {
                private readonly IOrderRepository _repository;
                private readonly SqlOrderRepository _backup;

                public OrderService()
                {
                    _repository = {|#0:new SqlOrderRepository()|};
                    this._backup = {|#1:new SqlOrderRepository("backup")|};
                    Repository = {|#2:new SqlOrderRepository()|};
                }

                public OrderService(int ignored) => _repository = {|#3:new SqlOrderRepository()|};

                public IOrderRepository Repository { get; }
            }
            """ + Repositories;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2018").WithLocation(0).WithArguments("_repository", "SqlOrderRepository", "IOrderRepository"),
            Verify.Diagnostic("TG2018").WithLocation(1).WithArguments("_backup", "SqlOrderRepository", "IOrderRepository"),
            Verify.Diagnostic("TG2018").WithLocation(2).WithArguments("Repository", "SqlOrderRepository", "IOrderRepository"),
            Verify.Diagnostic("TG2018").WithLocation(3).WithArguments("_repository", "SqlOrderRepository", "IOrderRepository"));
    }

    [Test]
    public async Task ReportsAnImplementationThatInheritsTheInterfaceOrIsNestedInAnotherType()
    {
        var source = """
            class RepositoryBase : IOrderRepository
            {
                public void Save(int order)
                {
                }
            }

            sealed class CachedRepository : RepositoryBase
            {
            }

            static class Repositories
            {
                public sealed class InMemory : IOrderRepository
                {
                    public void Save(int order)
                    {
                    }
                }
            }

            sealed class OrderService
            {
                private readonly IOrderRepository _cached = {|#0:new CachedRepository()|};
                private readonly IOrderRepository _memory;

                public OrderService()
                {
                    this._memory = {|#1:new Repositories.InMemory()|};
                }
            }
            """ + Repositories;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2018").WithLocation(0).WithArguments("_cached", "CachedRepository", "IOrderRepository"),
            Verify.Diagnostic("TG2018").WithLocation(1).WithArguments("_memory", "InMemory", "IOrderRepository"));
    }

    [Test]
    public async Task DoesNotReportAStaticConstructorOrAMemberConstructionDoesNotKeep()
    {
        var source = """
            sealed class OrderService
            {
                private static readonly IOrderRepository s_shared;
                private IOrderRepository _current;
                private readonly IOrderRepository[] _all = new IOrderRepository[1];

                static OrderService()
                {
                    s_shared = new SqlOrderRepository();
                }

                public OrderService()
                {
                    _current = new SqlOrderRepository();
                    _all[0] = new SqlOrderRepository();
                    Current = new SqlOrderRepository();
                }

                public IOrderRepository Current { get; set; }
            }
            """ + Repositories;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task ReportsAGenericImplementationOfAGenericInterface()
    {
        var source = """
            sealed class OrderService
            {
                private readonly IRepository<string> _repository = {|#0:new SqlRepository<string>()|};
            }
            """ + Repositories;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2018").WithLocation(0).WithArguments("_repository", "SqlRepository<string>", "IRepository<string>"));
    }

    [Test]
    public async Task NamesTheInterfaceTheMemberIsTypedAs()
    {
        var source = """
            interface IReader
            {
            }

            interface IWriter
            {
            }

            sealed class FileStore : IReader, IWriter
            {
            }

            sealed class Exporter
            {
                private readonly IWriter _writer = {|#0:new FileStore()|};
                private readonly FileStore _store = {|#1:new FileStore()|};
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2018").WithLocation(0).WithArguments("_writer", "FileStore", "IWriter"),
            Verify.Diagnostic("TG2018").WithLocation(1).WithArguments("_store", "FileStore", "IReader"));
    }

    [TestCase("private readonly Money _price = new Money(5);")]
    [TestCase("private readonly Counter _counter = new Counter();")]
    [TestCase("private readonly Handle _handle = new Handle();")]
    [TestCase("private readonly System.IDisposable _handle = new Handle();")]
    [TestCase("private readonly System.Collections.Generic.List<int> _items = new();")]
    [TestCase("private readonly object _repository = new SqlOrderRepository();")]
    [TestCase("private readonly System.Func<IOrderRepository> _factory = () => new SqlOrderRepository();")]
    [TestCase("private IOrderRepository _state = new SqlOrderRepository();")]
    [TestCase("public IOrderRepository Repository { get; set; } = new SqlOrderRepository();")]
    [TestCase("public IOrderRepository Repository { get; init; } = new SqlOrderRepository();")]
    [TestCase("public IOrderRepository Repository { get; private set; } = new SqlOrderRepository();")]
    [TestCase("public IOrderRepository Repository => new SqlOrderRepository();")]
    [TestCase("private static readonly IOrderRepository s_repository = new SqlOrderRepository();")]
    [TestCase("public static IOrderRepository Default { get; } = new SqlOrderRepository();")]
    [TestCase("public void Save() { var repository = new SqlOrderRepository(); repository.Save(1); }")]
    [TestCase("public void Save() { IOrderRepository Create() => new SqlOrderRepository(); Create().Save(1); }")]
    public async Task DoesNotReportWhatIsNotAHardWiredDependency(string member)
    {
        var source = $$"""
            sealed class OrderService
            {
                {{member}}
            }

            record Money(decimal Amount);

            sealed class Counter
            {
            }

            sealed class Handle : System.IDisposable
            {
                public void Dispose()
                {
                }
            }
            """ + Repositories;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotReportADefaultThatCanBeReplacedOrAConstructorThatChains()
    {
        var source = """
            sealed class OrderService
            {
                private readonly IOrderRepository _repository;
                private IOrderRepository _current;

                public OrderService()
                    : this(new SqlOrderRepository())
                {
                }

                public OrderService(IOrderRepository repository)
                {
                    _repository = repository ?? new SqlOrderRepository();
                    _current = new SqlOrderRepository();
                }

                public void Reset() => _current = new SqlOrderRepository();
            }
            """ + Repositories;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotReportAnAssignmentToAnotherObjectsMember()
    {
        var source = """
            sealed class Holder
            {
                public IOrderRepository Repository;
            }

            sealed class OrderService
            {
                public OrderService(Holder holder)
                {
                    holder.Repository = new SqlOrderRepository();
                }
            }
            """ + Repositories;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotReportAnObjectBuiltAroundTheTypesOwnCallbacksOrItself()
    {
        const string source = """
            interface IAction
            {
                void Run();
            }

            sealed class DelegateAction(System.Action run) : IAction
            {
                public void Run() => run();
            }

            sealed class ChildScreen(Screen parent) : IAction
            {
                public void Run() => System.Console.WriteLine(parent);
            }

            sealed class Screen
            {
                private readonly IAction _child;

                public Screen()
                {
                    Save = new DelegateAction(OnSave);
                    Close = new DelegateAction(() => System.Console.WriteLine(this));
                    _child = new ChildScreen(this);
                }

                public IAction Save { get; }

                public IAction Close { get; }

                public IAction Reset { get; } = new DelegateAction(static () => { });

                private void OnSave() => _child.Run();
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotReportAPrivatePartOfTheTypeItself()
    {
        const string source = """
            interface IStep
            {
            }

            sealed class Pipeline
            {
                private readonly IStep _first = new Validate();

                private sealed class Validate : IStep
                {
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [TestCase("Program")]
    [TestCase("Startup")]
    [TestCase("WebStartup")]
    public async Task DoesNotReportInTheCompositionRoot(string typeName)
    {
        var source = $$"""
            sealed class {{typeName}}
            {
                private readonly IOrderRepository _repository = new SqlOrderRepository();

                private sealed class Wiring
                {
                    private readonly IOrderRepository _repository = new SqlOrderRepository();
                }
            }
            """ + Repositories;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotReportInATypeWithAnEntryPoint()
    {
        var test = Verify.CreateTest("""
            sealed class App
            {
                private readonly IOrderRepository _repository = new SqlOrderRepository();

                static void Main()
                {
                }
            }
            """ + Repositories);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;

        await test.RunAsync();
    }

    [Test]
    public async Task DoesNotReportTopLevelStatements()
    {
        var test = Verify.CreateTest("""
            var repository = new SqlOrderRepository();
            IOrderRepository other = new SqlOrderRepository();
            repository.Save(1);
            other.Save(2);
            """ + Repositories);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;

        await test.RunAsync();
    }

    [Test]
    public async Task DoesNotReportInTestProjects()
    {
        var test = Verify.CreateTest("""
            sealed class OrderServiceTests
            {
                private readonly IOrderRepository _repository = new SqlOrderRepository();
            }
            """ + Repositories);
        test.TestState.AdditionalReferences.Add(FakeTestFramework.NUnit);

        await test.RunAsync();
    }

    [Test]
    public async Task ReportsInEveryKindOfType()
    {
        var source = """
            partial class OrderService(int retries)
            {
                private readonly IOrderRepository _repository;

                public int Retries => retries;

                private sealed class Auditor
                {
                    private readonly IOrderRepository _log = {|#0:new SqlOrderRepository("audit")|};
                }
            }

            partial class OrderService
            {
                public OrderService() : this(3)
                {
                    _repository = {|#1:new SqlOrderRepository()|};
                }
            }

            record Checkout(int Id)
            {
                private readonly IOrderRepository _repository = {|#2:new SqlOrderRepository()|};
            }

            record struct Basket(int Id)
            {
                public IOrderRepository Repository { get; } = {|#3:new SqlOrderRepository()|};
            }

            struct Cart
            {
                private readonly IOrderRepository _repository;

                public Cart()
                {
                    _repository = {|#4:new SqlOrderRepository()|};
                }
            }
            """ + Repositories;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2018").WithLocation(0).WithArguments("_log", "SqlOrderRepository", "IOrderRepository"),
            Verify.Diagnostic("TG2018").WithLocation(1).WithArguments("_repository", "SqlOrderRepository", "IOrderRepository"),
            Verify.Diagnostic("TG2018").WithLocation(2).WithArguments("_repository", "SqlOrderRepository", "IOrderRepository"),
            Verify.Diagnostic("TG2018").WithLocation(3).WithArguments("Repository", "SqlOrderRepository", "IOrderRepository"),
            Verify.Diagnostic("TG2018").WithLocation(4).WithArguments("_repository", "SqlOrderRepository", "IOrderRepository"));
    }

    [TestCase("// <auto-generated/>\n")]
    [TestCase("// <autogenerated />\n")]
    public async Task SkipsGeneratedCode(string header)
    {
        var source = header + """
            sealed class OrderService
            {
                private readonly IOrderRepository _repository = new SqlOrderRepository();
            }
            """ + Repositories;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task SkipsFilesNamedAsGenerated()
    {
        var test = Verify.CreateTest(Repositories);
        test.TestState.Sources.Add(("OrderService.g.cs", """
            sealed class OrderService
            {
                private readonly IOrderRepository _repository = new SqlOrderRepository();
            }
            """));

        await test.RunAsync();
    }

    [TestCase("interface I { } class D : I { } class C { private readonly I _i = new D(")]
    [TestCase("interface I { } class D : I { } class C { private readonly I _i = new }")]
    [TestCase("interface I { } class D : I { } class C { private readonly I _i = new Missing(); }")]
    [TestCase("interface I { } class D : I { } class C { private readonly Missing _i = new D(); }")]
    [TestCase("interface I { } abstract class D : I { } class C { private readonly I _i = new D(); }")]
    [TestCase("interface I { } class D : I { } class C { C() { _i = new D(); } }")]
    [TestCase("interface I { } class D : I { } class C { C() { (_i, _j) = (new D(), new D()); } private readonly I _i, _j; }")]
    [TestCase("interface I { } class D<T> : I where T : new() { } class C<T> where T : I, new() { private readonly I _i = new T(); }")]
    [TestCase("class C { private readonly dynamic _i = new C(); }")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source, new HardWiredDependencyAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new HardWiredDependencyAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2018.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2018"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }
}
