using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TddGuard.Analyzers.Shared;

namespace TddGuard.CodeFixes.Tdd;

/// <summary>
/// What a generated failing test is about: an untested member (TG1001) or an untested type (TG1002), with the
/// production document that declares it, and the names the test takes from it.
/// </summary>
internal sealed class TestTarget
{
    private const string TestNameSuffix = "_BehavesAsExpected";

    private TestTarget(Document production, INamedTypeSymbol type, ISymbol? member)
    {
        Production = production;
        Type = type;
        Member = member;
    }

    public Document Production { get; }

    public INamedTypeSymbol Type { get; }

    /// <summary>The member to test, or <see langword="null"/> for a whole type (TG1002).</summary>
    public ISymbol? Member { get; }

    /// <summary>The symbol a test is generated for: two diagnostics on one symbol get one test.</summary>
    public ISymbol Subject => Member ?? Type;

    /// <summary>How the test names its subject: <c>Calculator.Add</c>, <c>Calculator.this[]</c>, <c>Repository&lt;T&gt;</c>.</summary>
    public string DisplayName => Member switch
    {
        null => TypeDisplayName,
        IMethodSymbol { MethodKind: MethodKind.Constructor } => $"{TypeDisplayName}.{Type.Name}",
        IPropertySymbol { IsIndexer: true } => $"{TypeDisplayName}.this[]",
        _ => $"{TypeDisplayName}.{Member.Name}",
    };

    /// <summary>The test's name before numbering: <c>Add_BehavesAsExpected</c>, <c>Constructor_…</c>, <c>Indexer_…</c>.</summary>
    public string TestName => Member switch
    {
        null => Type.Name,
        IMethodSymbol { MethodKind: MethodKind.Constructor } => "Constructor",
        IPropertySymbol { IsIndexer: true } => "Indexer",
        _ => Member.Name,
    } + TestNameSuffix;

    /// <summary>Whether the member returns a task, so its test is <c>async Task</c> and awaits it.</summary>
    public bool IsAsync => Member is IMethodSymbol method && (method.IsAsync || IsTask(method.ReturnType));

    public static async Task<TestTarget?> FromDiagnosticAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var declaration = root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        if (model is null || declaration is null)
        {
            return null;
        }

        return (diagnostic.Id, model.GetDeclaredSymbol(declaration, cancellationToken)) switch
        {
            (RuleIdentifiers.UntestedType, INamedTypeSymbol type) => new TestTarget(document, type, null),
            (RuleIdentifiers.UntestedMember, { Kind: SymbolKind.Method or SymbolKind.Property, ContainingType: { } type } member) => new TestTarget(document, type, member),
            _ => null,
        };
    }

    /// <summary>The type as the message names it: <c>Calculator</c>, <c>Repository&lt;T&gt;</c>.</summary>
    public string TypeDisplayName =>
        Type.TypeParameters.IsEmpty ? Type.Name : $"{Type.Name}<{string.Join(", ", Type.TypeParameters.Select(parameter => parameter.Name))}>";

    private static bool IsTask(ITypeSymbol type) =>
        type.Name is "Task" or "ValueTask" && type.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks";
}
