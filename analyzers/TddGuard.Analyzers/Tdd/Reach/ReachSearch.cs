using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace TddGuard.Analyzers.Tdd.Reach;

/// <summary>
/// Which members of a compilation the tests reach, and how far each is from them: a breadth-first search from the
/// members the tests use (the roots, distance 0) along what each reached member's code uses (<see cref="CallGraph"/>).
/// </summary>
/// <remarks>
/// Virtual, abstract and interface members are dispatched by rapid type analysis: a reached call to one reaches its
/// override or implementation in each type that reached code (or a test) creates, found again whenever a newly
/// created type joins. A type is in use once a member of it is reached or it is created: its static constructor and
/// initializers run, and so do its overrides and implementations of members declared in referenced assemblies
/// (<c>ToString</c>, <c>IComparable.CompareTo</c>, <c>IDisposable.Dispose</c>): the framework calls them, not
/// code the search can see. So do its user-defined conversions, which the call graph does not look for. Reflection, dependency-injection registration and attributes are not followed.
/// </remarks>
internal sealed class ReachSearch : IReachedCode
{
    private readonly CallGraph _graph;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<ISymbol, int> _distances = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, int> _external = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _created = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, int> _used = new(SymbolEqualityComparer.Default);
    private readonly List<(ISymbol Member, int Distance)> _dispatched = [];
    private readonly Queue<ISymbol> _pending = new();

    private ReachSearch(CallGraph graph, CancellationToken cancellationToken)
    {
        _graph = graph;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The reached members of the graph's compilation, each with its distance from the nearest root.</summary>
    public IReadOnlyDictionary<ISymbol, int> Distances => _distances;

    /// <summary>
    /// The members of other assemblies that reached code uses, each with its distance (for following the tests into
    /// referenced projects).
    /// </summary>
    public IReadOnlyDictionary<ISymbol, int> External => _external;

    /// <summary>The types in use (created, or with a reached member), each with the distance at which it came into use.</summary>
    public IReadOnlyDictionary<INamedTypeSymbol, int> UsedTypes => _used;

    /// <summary>Whether <paramref name="type"/> is in use: created, or with a reached member.</summary>
    public bool IsUsed(INamedTypeSymbol type) => _used.ContainsKey(type.OriginalDefinition);

    /// <summary>
    /// Searches from <paramref name="roots"/> (members of the graph's compilation, or of others: those are recorded
    /// only), with the objects of <paramref name="held"/> types in the tests' hands from the start.
    /// </summary>
    public static ReachSearch From(CallGraph graph, IEnumerable<ISymbol> roots, IEnumerable<INamedTypeSymbol> held, CancellationToken cancellationToken) =>
        From(graph, roots.Select(root => new KeyValuePair<ISymbol, int>(root, 0)), held, cancellationToken);

    /// <summary>
    /// As <see cref="From(CallGraph, IEnumerable{ISymbol}, IEnumerable{INamedTypeSymbol}, CancellationToken)"/>, with
    /// roots that are some distance from the tests already (members another project's reached code calls, or types
    /// whose static fields it reads: those are used, not created).
    /// </summary>
    public static ReachSearch From(CallGraph graph, IEnumerable<KeyValuePair<ISymbol, int>> roots, IEnumerable<INamedTypeSymbol> held, CancellationToken cancellationToken)
    {
        var search = new ReachSearch(graph, cancellationToken);
        foreach (var type in held)
        {
            search.Create(type.OriginalDefinition, 0);
        }

        foreach (var root in roots.OrderBy(root => root.Value))
        {
            if ((root.Key as INamedTypeSymbol ?? CallGraph.Definition(root.Key)) is { } member)
            {
                search.Reach(member, root.Value);
            }
        }

        search.Run();
        return search;
    }

    /// <summary>Whether the search reached <paramref name="member"/>.</summary>
    public bool Reaches(ISymbol member) => CallGraph.Definition(member) is { } definition && _distances.ContainsKey(definition);

    private void Run()
    {
        while (_pending.Count > 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var member = _pending.Dequeue();
            var next = _distances[member] + 1;
            foreach (var used in _graph.UsesOf(member, _cancellationToken))
            {
                Reach(used, next);
            }
        }
    }

    private void Reach(ISymbol member, int distance)
    {
        if (!_graph.IsOwn(member))
        {
            if (!_external.TryGetValue(member, out var known) || distance < known)
            {
                _external[member] = distance;
            }

            return;
        }

        if (member is INamedTypeSymbol type)
        {
            Use(type, distance);
            return;
        }

        if (_distances.ContainsKey(member))
        {
            return;
        }

        _distances.Add(member, distance);
        _pending.Enqueue(member);
        if (member.ContainingType is { } containing)
        {
            Use(containing, distance);
            if (member is IMethodSymbol { MethodKind: MethodKind.Constructor, IsStatic: false })
            {
                Create(containing, distance);
            }
        }

        if (IsDispatched(member))
        {
            _dispatched.Add((member, distance));
            foreach (var created in _created.ToList())
            {
                Dispatch(member, created, distance);
            }
        }
    }

    private void Create(INamedTypeSymbol type, int distance)
    {
        if (!_created.Add(type))
        {
            return;
        }

        Use(type, distance);
        foreach (var (member, memberDistance) in _dispatched.ToList())
        {
            Dispatch(member, type, System.Math.Max(distance, memberDistance));
        }
    }

    private void Use(INamedTypeSymbol type, int distance)
    {
        if (_used.ContainsKey(type))
        {
            return;
        }

        _used.Add(type, distance);

        if (type.TypeKind == TypeKind.Struct)
        {
            Create(type, distance);
        }

        foreach (var used in _graph.StaticUsesOf(type, _cancellationToken))
        {
            Reach(used, distance + 1);
        }

        foreach (var member in type.GetMembers().Where(member => CalledByReferencedCode(member) || member is IMethodSymbol { MethodKind: MethodKind.Conversion }))
        {
            Reach(member, distance + 1);
        }
    }

    private void Dispatch(ISymbol member, INamedTypeSymbol created, int distance)
    {
        if (Implementation(member, created) is { } implementation && CallGraph.Definition(implementation) is { } definition)
        {
            Reach(definition, distance);
        }
    }

    private static bool IsDispatched(ISymbol member) =>
        member.IsVirtual || member.IsAbstract || member.IsOverride || member.ContainingType?.TypeKind == TypeKind.Interface;

    /// <summary>What runs when <paramref name="member"/> is called on an object of type <paramref name="created"/>.</summary>
    private static ISymbol? Implementation(ISymbol member, INamedTypeSymbol created)
    {
        if (member.ContainingType is not { } declaring)
        {
            return null;
        }

        if (declaring.TypeKind == TypeKind.Interface)
        {
            return created.AllInterfaces
                .Where(contract => SymbolEqualityComparer.Default.Equals(contract.OriginalDefinition, declaring))
                .SelectMany(contract => contract.GetMembers(member.Name))
                .Where(candidate => SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, member))
                .Select(created.FindImplementationForInterfaceMember)
                .FirstOrDefault(found => found is not null);
        }

        for (var type = created; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, declaring))
            {
                return member.IsAbstract ? null : member;
            }

            var overriding = type.GetMembers(member.Name).FirstOrDefault(candidate => IsOverrideOf(candidate, member));
            if (overriding is not null)
            {
                return overriding;
            }
        }

        return null;
    }

    private static bool IsOverrideOf(ISymbol candidate, ISymbol member) =>
        Overrides.Chain(candidate).Any(overridden => SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, member));

    /// <summary>An instance member code of a referenced assembly calls (see <see cref="Overrides.CalledByReferencedCode"/>).</summary>
    private static bool CalledByReferencedCode(ISymbol member) =>
        !member.IsStatic && CallGraph.Definition(member) is not null && Overrides.CalledByReferencedCode(member);
}
