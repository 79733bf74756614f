using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace TddGuard.Analyzers.Tdd;

/// <summary>
/// What the test sources handed to a production project (additional files marked
/// <c>TddGuardTestSource</c>) refer to, merged, with the production types they reach.
/// </summary>
internal sealed class TestReferenceIndex : ITestReferences
{
    private const string TestSourceMetadata = "build_metadata.AdditionalFiles.TddGuardTestSource";

    private readonly ImmutableHashSet<string> _names;
    private readonly ImmutableHashSet<string> _createdTypeNames;
    private readonly bool _createsTargetTyped;
    private readonly bool _accessesElements;
    private readonly HashSet<INamedTypeSymbol> _reachedTypes;

    private TestReferenceIndex(IReadOnlyCollection<TestFileReferences> files, Compilation compilation, CancellationToken cancellationToken)
    {
        _names = files.SelectMany(file => file.Names).ToImmutableHashSet();
        _createdTypeNames = files.SelectMany(file => file.CreatedTypeNames).ToImmutableHashSet();
        _createsTargetTyped = files.Any(file => file.CreatesTargetTyped);
        _accessesElements = files.Any(file => file.AccessesElements);
        _reachedTypes = ReachedTypes(compilation, _names, cancellationToken);
    }

    /// <summary>The additional files the build marked as test sources.</summary>
    public static ImmutableArray<AdditionalText> FindTestSources(AnalyzerOptions options) =>
        options.AdditionalFiles.Where(file =>
            options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(TestSourceMetadata, out var value)
            && string.Equals(value.Trim(), "true", System.StringComparison.OrdinalIgnoreCase))
        .ToImmutableArray();

    /// <summary>
    /// Reads every test source, reusing what <paramref name="cache"/> already holds for an unchanged text, so an edit
    /// in production code costs no re-parse of the tests.
    /// </summary>
    public static TestReferenceIndex Build(
        ImmutableArray<AdditionalText> testSources,
        Compilation compilation,
        ConditionalWeakTable<SourceText, TestFileReferences> cache,
        CancellationToken cancellationToken)
    {
        var parseOptions = compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions ?? CSharpParseOptions.Default;
        var files = new List<TestFileReferences>(testSources.Length);
        foreach (var source in testSources)
        {
            var text = source.GetText(cancellationToken);
            if (text is not null)
            {
                files.Add(cache.GetValue(text, key => TestFileReferences.Read(key, parseOptions, cancellationToken)));
            }
        }

        return new TestReferenceIndex(files, compilation, cancellationToken);
    }

    /// <summary>A type is reached when tests name it, a type derived from it, or a type implementing it.</summary>
    public bool Reaches(INamedTypeSymbol type) => _reachedTypes.Contains(type.OriginalDefinition);

    /// <summary>
    /// By name: a call, member access, method group, initializer or <c>nameof</c> of that name (all overloads); a
    /// constructor when the tests create the type (or use target-typed <c>new</c>); an indexer when they index
    /// anything; operators and conversions always (their type is reached).
    /// </summary>
    public bool References(ISymbol member) =>
        member switch
        {
            IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => MayCreate(constructor.ContainingType),
            IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion } => true,
            IPropertySymbol { IsIndexer: true } => MayIndex,
            _ => Names(member.Name),
        };

    /// <summary>Extension methods are called on other types, so tests reach their static class by the method's name.</summary>
    public bool ReachesThroughMembers(ImmutableArray<ISymbol> members) =>
        members.Any(member => member is IMethodSymbol { IsExtensionMethod: true } && Names(member.Name));

    /// <summary>A member the tests name (or create, index, or operate with) on a type they reach; an extension method they name.</summary>
    public bool IsRoot(ISymbol member) =>
        member.ContainingType is { } type
        && ((Reaches(type) && References(member)) || (member is IMethodSymbol { IsExtensionMethod: true } && Names(member.Name)));

    public bool Names(string name) => _names.Contains(name);

    /// <summary>A type the tests name (target-typed <c>new</c> alone would make every type held, and every type reached).</summary>
    public bool MayHold(INamedTypeSymbol type) => Names(type.Name);

    public bool MayCreate(INamedTypeSymbol type) => _createsTargetTyped || _createdTypeNames.Contains(type.Name);

    public bool MayIndex => _accessesElements;

    private static HashSet<INamedTypeSymbol> ReachedTypes(Compilation compilation, ImmutableHashSet<string> names, CancellationToken cancellationToken)
    {
        var reached = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var type in compilation.GetSymbolsWithName(names.Contains, SymbolFilter.Type, cancellationToken).OfType<INamedTypeSymbol>())
        {
            for (var current = type.OriginalDefinition; current is not null && reached.Add(current); current = current.BaseType?.OriginalDefinition)
            {
                reached.UnionWith(current.AllInterfaces.Select(contract => contract.OriginalDefinition));
            }
        }

        return reached;
    }
}
