using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace TddGuard.Analyzers.Tdd;

/// <summary>
/// Whether a method's body reaches an assertion: it calls one, throws, or calls a method of this compilation whose
/// body reaches one (followed transitively, each method read once per compilation, cycles cut).
/// </summary>
internal sealed class AssertionReach
{
    private readonly Compilation _compilation;
    private readonly AssertionRecognizer _recognizer;
    private readonly AnalyzerOptions _options;
    private readonly ConcurrentDictionary<IMethodSymbol, BodyFacts> _facts = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, AssertionMethodNames> _names = new();

    public AssertionReach(TestFrameworks frameworks, AnalyzerOptions options)
    {
        _compilation = frameworks.Compilation;
        _recognizer = new AssertionRecognizer(frameworks.Compilation);
        _options = options;
    }

    /// <summary>
    /// Whether the method, whose bound body the caller already holds, reaches an assertion. The bodies of the
    /// helpers it calls are bound on demand, once per compilation.
    /// </summary>
    public bool Reaches(IMethodSymbol method, ImmutableArray<IOperation> body, CancellationToken cancellationToken)
    {
        var facts = _facts.GetOrAdd(method.OriginalDefinition, _ => Collect(body));
        if (facts.Asserts)
        {
            return true;
        }

        var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default) { method.OriginalDefinition };
        var pending = new Stack<IMethodSymbol>(facts.Callees);
        while (pending.Count > 0)
        {
            var callee = pending.Pop();
            if (!visited.Add(callee))
            {
                continue;
            }

            var calleeFacts = FactsOf(callee, cancellationToken);
            if (calleeFacts.Asserts)
            {
                return true;
            }

            foreach (var next in calleeFacts.Callees)
            {
                pending.Push(next);
            }
        }

        return false;
    }

    private BodyFacts FactsOf(IMethodSymbol method, CancellationToken cancellationToken) =>
        _facts.GetOrAdd(method.OriginalDefinition, definition => Collect(BodyOf(definition, cancellationToken)));

    /// <summary>
    /// Binds a helper's body. Only helpers that a test without a direct assertion calls get here, so the extra
    /// semantic models stay few; the analyzer actions cannot hand us another member's operations.
    /// </summary>
    private ImmutableArray<IOperation> BodyOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var builder = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var reference in (method.PartialImplementationPart ?? method).DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
#pragma warning disable RS1030 // Bound lazily for the few helpers that a test without a direct assertion calls.
            var model = _compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
            if (model.GetOperation(declaration, cancellationToken) is { } operation)
            {
                builder.Add(operation);
            }
        }

        return builder.ToImmutable();
    }

    private BodyFacts Collect(ImmutableArray<IOperation> body)
    {
        var callees = ImmutableArray.CreateBuilder<IMethodSymbol>();
        foreach (var root in body)
        {
            var names = NamesFor(root.Syntax.SyntaxTree);
            foreach (var operation in root.DescendantsAndSelf())
            {
                var called = operation switch
                {
                    IInvocationOperation invocation => invocation.TargetMethod,
                    IMethodReferenceOperation reference => reference.Method,
                    _ => null,
                };
                if (called is not null && _recognizer.IsAssertion(called, names))
                {
                    return BodyFacts.Asserting;
                }

                if (operation is IThrowOperation { Exception: not null })
                {
                    return BodyFacts.Asserting;
                }

                if (called is not null && IsHelperInThisCompilation(called))
                {
                    callees.Add(called.OriginalDefinition);
                }
            }
        }

        return new BodyFacts(asserts: false, callees.ToImmutable());
    }

    private bool IsHelperInThisCompilation(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Ordinary
        && !method.DeclaringSyntaxReferences.IsEmpty
        && SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _compilation.Assembly);

    private AssertionMethodNames NamesFor(SyntaxTree tree) =>
        _names.GetOrAdd(tree, t => AssertionMethodNames.For(_options, t));

    private sealed class BodyFacts
    {
        public static readonly BodyFacts Asserting = new(asserts: true, ImmutableArray<IMethodSymbol>.Empty);

        public BodyFacts(bool asserts, ImmutableArray<IMethodSymbol> callees)
        {
            Asserts = asserts;
            Callees = callees;
        }

        /// <summary>Whether the body itself calls an assertion or throws.</summary>
        public bool Asserts { get; }

        /// <summary>Methods of this compilation that the body calls or passes on as delegates.</summary>
        public ImmutableArray<IMethodSymbol> Callees { get; }
    }
}
