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
/// switch) with a realistic sprinkle of findings, so the analyzers do the work they do on real code.
/// </summary>
internal static class CorpusGenerator
{
    public const int MinimumLines = 50_000;
    private const int FilesPerNamespace = 20;
    private const int MethodGroupsPerFile = 6;
    private const string FrameworkAssemblyPrefix = "System.";
    private const string NetStandardFacade = "netstandard.dll";
    private const string MsCorLibFacade = "mscorlib.dll";

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
        for (var group = 0; group < MethodGroupsPerFile; group++)
        {
            builder.Append(MethodGroup(index, group));
        }

        builder.Append("}\n");
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

            public class Service{{i}}
            {
                private const int Limit = 10;
                private readonly IStore{{i}} _store;
                private readonly List<Item{{i}}> _items = new();
                private readonly object _gate = new();

                public Service{{i}}(IStore{{i}} store)
                {
                    _store = store ?? throw new ArgumentNullException(nameof(store));
                }

            """.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static string MethodGroup(int index, int group)
    {
        var i = index.ToString(CultureInfo.InvariantCulture);
        var g = group.ToString(CultureInfo.InvariantCulture);
        return $$"""
                public decimal Price{{g}}(IEnumerable<Item{{i}}> items, bool discount)
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

                public string Describe{{g}}(string name)
                {
                    switch (name)
                    {
                        case "gold":
                            return "premium";
                        case "silver":
                            return "standard";
                        default:
                            return name.Trim().ToUpperInvariant();
                    }
                }

                public async Task<int> Load{{g}}Async(string path, CancellationToken cancellationToken)
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

                public IReadOnlyList<string> Names{{g}}(IEnumerable<Item{{i}}> items) =>
                    _items.Concat(items).Where(item => item.Quantity > Limit).OrderBy(item => item.Name).Select(item => item.Name).ToList();

                public int Sum{{g}}(int[] values)
                {
                    var sum = 0;
                    for (var k = 0; k < values.Length; k++)
                    {
                        sum += values[k];
                    }

                    lock (_gate)
                    {
                        _store.Add("sum", sum);
                    }

                    return _store.TryGet("sum", out var stored) ? stored : int.TryParse("0", out var parsed) ? parsed : -1;
                }

            """.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}
