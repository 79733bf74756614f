using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TddGuard.Analyzers.Benchmarks;

/// <summary>
/// A deterministic corpus of ordinary business C# (services, stores, records, loops, exceptions, async, LINQ,
/// switch) written to the rules, as code that uses TddGuard is, with a sprinkle of findings: one service in
/// every <see cref="FilesPerPlantedService"/> files breaks the rules of <see cref="PlantedRules"/> once each.
/// </summary>
/// <remarks>
/// The compiler pays for every warning it reports (suppression checks, formatting, output), so a corpus that
/// repeated its findings in every service would measure warnings, not analysis.
/// </remarks>
internal static class CorpusGenerator
{
    public const int MinimumLines = 50_000;

    /// <summary>At most one finding per this many lines: a sprinkle, not a code base that ignores its warnings.</summary>
    public const int LinesPerFinding = 500;

    private const int FilesPerNamespace = 20;
    private const int ServicesPerFile = 6;
    private const int FilesPerPlantedService = 10;
    private const string FrameworkAssemblyPrefix = "System.";
    private const string NetStandardFacade = "netstandard.dll";
    private const string MsCorLibFacade = "mscorlib.dll";

    /// <summary>The rules the planted services break: deep nesting, magic numbers and strings, blocking, the clock.</summary>
    public static ImmutableArray<string> PlantedRules { get; } = ["TG2001", "TG2002", "TG2003", "TG2012", "TG2017"];

    public static ImmutableArray<SyntaxTree> Generate()
    {
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>();
        var lines = 0;
        for (var file = 0; lines < MinimumLines; file++)
        {
            var text = GenerateFile(file);
            lines += text.Count(character => character == '\n') + 1;
            trees.Add(CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.CSharp12), path: $"Corpus/Service{file}.cs", encoding: Encoding.UTF8));
        }

        return trees.ToImmutable();
    }

    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(
            "Corpus",
            trees,
            PlatformReferences(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The running runtime's framework assemblies the corpus compiles against.</summary>
    public static IEnumerable<string> PlatformReferencePaths() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith(FrameworkAssemblyPrefix, StringComparison.Ordinal) || Path.GetFileName(path) is NetStandardFacade or MsCorLibFacade);

    private static ImmutableArray<MetadataReference> PlatformReferences() =>
        [.. PlatformReferencePaths().Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];

    private static string GenerateFile(int index)
    {
        var builder = new StringBuilder();
        builder.Append(Header(index));
        for (var service = 0; service < ServicesPerFile; service++)
        {
            var planted = service == 0 && index % FilesPerPlantedService == 0;
            builder.Append(Service(index, service, planted));
        }

        return builder.ToString();
    }

    private static string Header(int index)
    {
        var ns = (index / FilesPerNamespace).ToString(CultureInfo.InvariantCulture);
        var i = index.ToString(CultureInfo.InvariantCulture);
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;

            namespace Corpus.Module{{ns}};

            public interface IStore{{i}}
            {
                int Count { get; }

                void Add(string key, int value);

                bool TryGet(string key, out int value);
            }

            public sealed record Item{{i}}(string Name, int Quantity, decimal Price)
            {
                public decimal Total => Quantity * Price;
            }

            public sealed class Store{{i}} : IStore{{i}}
            {
                private readonly Dictionary<string, int> _values = new();

                public int Count => _values.Count;

                public void Add(string key, int value) => _values[key] = value;

                public bool TryGet(string key, out int value) => _values.TryGetValue(key, out value);
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>A service of five methods; a planted one prices with nested ifs and literals and adds two more.</summary>
    private static string Service(int index, int service, bool planted)
    {
        var i = index.ToString(CultureInfo.InvariantCulture);
        var name = string.Create(CultureInfo.InvariantCulture, $"Service{index}Part{service}");
        return $$"""
            public sealed class {{name}}
            {
                private const int Limit = 10;
                private const decimal ExpensivePrice = 100m;
                private const decimal DiscountRate = 0.9m;
                private const string GoldTier = "gold";
                private const string SilverTier = "silver";
                private const string PremiumLabel = "premium";
                private const string StandardLabel = "standard";
                private const string SumKey = "sum";
                private readonly IStore{{i}} _store;
                private readonly List<Item{{i}}> _items = new();
                private readonly object _gate = new();

                public {{name}}(IStore{{i}} store)
                {
                    _store = store ?? throw new ArgumentNullException(nameof(store));
                }

            {{(planted ? PlantedMethods(i) : Pricing(i))}}
                public async Task<int> LoadAsync(string path, CancellationToken cancellationToken)
                {
                    try
                    {
                        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
                        return text.Length;
                    }
                    catch (IOException exception)
                    {
                        throw new InvalidOperationException($"Could not load {path}.", exception);
                    }
                }

                public IReadOnlyList<string> Names(IEnumerable<Item{{i}}> items) =>
                    _items.Concat(items).Where(item => item.Quantity > Limit).OrderBy(item => item.Name).Select(item => item.Name).ToList();

                public int Sum(int[] values)
                {
                    var sum = 0;
                    for (var k = 0; k < values.Length; k++)
                    {
                        sum += values[k];
                    }

                    lock (_gate)
                    {
                        _store.Add(SumKey, sum);
                    }

                    return _store.TryGet(SumKey, out var stored) ? stored : -1;
                }
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static string Pricing(string i) => $$"""
            public decimal Price(IEnumerable<Item{{i}}> items, bool discount)
            {
                var total = 0m;
                foreach (var item in items)
                {
                    if (item.Quantity <= 0)
                    {
                        continue;
                    }

                    if (discount && item.Price > ExpensivePrice)
                    {
                        total += item.Total * DiscountRate;
                    }
                    else
                    {
                        total += item.Total;
                    }
                }

                return total;
            }

            public string Describe(string name)
            {
                switch (name)
                {
                    case GoldTier:
                        return PremiumLabel;
                    case SilverTier:
                        return StandardLabel;
                    default:
                        return name.Trim().ToUpperInvariant();
                }
            }

        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Deep nesting, 100 and 0.9m, "gold" and "silver" compared, <c>.Result</c>, <c>DateTime.UtcNow</c>.</summary>
    private static string PlantedMethods(string i) => $$"""
            public decimal Price(IEnumerable<Item{{i}}> items, bool discount)
            {
                var total = 0m;
                foreach (var item in items)
                {
                    if (item.Quantity > 0)
                    {
                        if (discount)
                        {
                            if (item.Price > 100)
                            {
                                total += item.Total * 0.9m;
                            }
                            else
                            {
                                total += item.Total;
                            }
                        }
                        else
                        {
                            total += item.Total;
                        }
                    }
                }

                return total;
            }

            public string Describe(string name)
            {
                switch (name)
                {
                    case "gold":
                        return PremiumLabel;
                    case "silver":
                        return StandardLabel;
                    default:
                        return name.Trim().ToUpperInvariant();
                }
            }

            public int Wait(Task<int> pending) => pending.Result;

            public DateTime Stamp() => DateTime.UtcNow;

        """.Replace("\r\n", "\n", StringComparison.Ordinal);
}
