using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Tdd;

/// <summary>
/// TG1006: a method of a test class that asserts but carries no test attribute, or a test method its framework
/// will not run (async void, not public, static, or generic with type arguments it cannot infer).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TestNeverRunsAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property naming the fix: one of the <c>*Fix</c> constants.</summary>
    internal const string FixProperty = "Fix";

    /// <summary>Diagnostic property with the metadata name of the attribute to add.</summary>
    internal const string AttributeProperty = "Attribute";

    internal const string AddTestAttributeFix = "AddTestAttribute";
    internal const string MakeAsyncTaskFix = "MakeAsyncTask";
    internal const string MakePublicFix = "MakePublic";
    internal const string MakeInstanceFix = "MakeInstance";

    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.TestNeverRuns,
        title: "Test that never runs",
        messageFormat: "'{0}' never runs: {1}",
        RuleCategories.Tdd,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A test the runner skips silently is worse than none: it looks like coverage. Reported: a public method of a test class that asserts but has no test attribute, and test methods the framework does not run or cannot await (async void; not public for NUnit and MSTest; static for MSTest; generic with type arguments that cannot be inferred).",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.TestNeverRuns));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(StartTestProject);
    }

    private static void StartTestProject(CompilationStartAnalysisContext context)
    {
        if (TestFrameworks.TryCreate(context.Compilation) is not { } frameworks)
        {
            return;
        }

        var reach = new AssertionReach(frameworks, context.Options);
        var namesUsedInType = new ConcurrentDictionary<INamedTypeSymbol, ImmutableHashSet<string>>(SymbolEqualityComparer.Default);

        context.RegisterSymbolAction(
            symbol =>
            {
                var method = (IMethodSymbol)symbol.Symbol;
                if (frameworks.FrameworkOfTestMethod(method) is { } framework)
                {
                    ReportWhatStopsTheRunner(symbol, method, framework);
                }
            },
            SymbolKind.Method);

        context.RegisterOperationBlockAction(block =>
        {
            if (block.OwningSymbol is not IMethodSymbol method
                || block.OperationBlocks.IsEmpty
                || !MayBeAForgottenTest(method, frameworks)
                || frameworks.FrameworkOfClass(method.ContainingType) is not { } framework
                || namesUsedInType.GetOrAdd(method.ContainingType, type => NamesUsedIn(type, block.CancellationToken)).Contains(method.Name)
                || !reach.Reaches(method, block.OperationBlocks, block.CancellationToken))
            {
                return;
            }

            var attributeName = framework.PlainTestAttribute.Name;
            var shortName = attributeName.EndsWith("Attribute", System.StringComparison.Ordinal)
                ? attributeName.Substring(0, attributeName.Length - "Attribute".Length)
                : attributeName;
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(FixProperty, AddTestAttributeFix)
                .Add(AttributeProperty, framework.PlainTestAttribute.ToDisplayString());
            block.ReportDiagnostic(Diagnostic.Create(
                s_rule,
                method.Locations[0],
                properties,
                method.Name,
                $"it asserts but has no test attribute; add [{shortName}]"));
        });
    }

    private static void ReportWhatStopsTheRunner(SymbolAnalysisContext context, IMethodSymbol method, TestFramework framework)
    {
        var rules = framework.Rules;
        var name = framework.DisplayName;
        if (method.IsAsync && method.ReturnsVoid && !rules.RunsAsyncVoid)
        {
            Report(context, method, MakeAsyncTaskFix, $"it is async void, which {name} cannot await; make it async Task");
        }

        if (method.DeclaredAccessibility != Accessibility.Public
            && !rules.RunsNonPublic
            && !(rules.RunsInternal && method.DeclaredAccessibility == Accessibility.Internal))
        {
            Report(context, method, MakePublicFix, $"it is not public, which {name} requires; make it public");
        }

        if (method.IsStatic && !rules.RunsStatic)
        {
            Report(context, method, MakeInstanceFix, $"it is static, which {name} does not run; make it an instance method");
        }

        if (rules.ChecksGenerics && HasTypeArgumentsThatCannotBeInferred(method))
        {
            Report(context, method, fix: null, $"it is generic and {name} cannot infer its type arguments; make it non-generic");
        }
    }

    private static void Report(SymbolAnalysisContext context, IMethodSymbol method, string? fix, string reason)
    {
        var properties = fix is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(FixProperty, fix);
        context.ReportDiagnostic(Diagnostic.Create(s_rule, method.Locations[0], properties, method.Name, reason));
    }

    /// <summary>
    /// A public, parameterless instance method of a concrete class that a runner could run but that carries no
    /// attribute of a test framework. Virtual, overriding, generic and interface-implementing methods are
    /// infrastructure, not forgotten tests.
    /// </summary>
    private static bool MayBeAForgottenTest(IMethodSymbol method, TestFrameworks frameworks) =>
        method is
        {
            MethodKind: MethodKind.Ordinary,
            DeclaredAccessibility: Accessibility.Public,
            IsStatic: false,
            IsAbstract: false,
            IsVirtual: false,
            IsOverride: false,
            IsGenericMethod: false,
            Parameters.IsEmpty: true,
            ContainingType: { TypeKind: TypeKind.Class, IsAbstract: false },
        }
        && ReturnsNothingOrATask(method)
        && !method.GetAttributes().Any(attribute => IsFrameworkAttribute(attribute, frameworks))
        && !ImplementsAnInterface(method);

    private static bool ReturnsNothingOrATask(IMethodSymbol method) =>
        method.ReturnsVoid
        || method.ReturnType is INamedTypeSymbol { Name: "Task" or "ValueTask", IsGenericType: false, ContainingNamespace: { Name: "Tasks", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };

    private static bool IsFrameworkAttribute(AttributeData attribute, TestFrameworks frameworks) =>
        attribute.AttributeClass is { } attributeClass
        && frameworks.All.Any(framework => SymbolEqualityComparer.Default.Equals(attributeClass.ContainingAssembly, framework.Assembly));

    private static bool ImplementsAnInterface(IMethodSymbol method)
    {
        var type = method.ContainingType;
        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var member in @interface.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasTypeArgumentsThatCannotBeInferred(IMethodSymbol method)
    {
        if (!method.IsGenericMethod
            || method.GetAttributes().Any(attribute => attribute.NamedArguments.Any(argument => argument.Key == "TypeArgs")))
        {
            return false;
        }

        return method.TypeParameters.Any(typeParameter => !method.Parameters.Any(parameter => Mentions(parameter.Type, typeParameter)));
    }

    private static bool Mentions(ITypeSymbol type, ITypeParameterSymbol typeParameter) => type switch
    {
        ITypeParameterSymbol candidate => SymbolEqualityComparer.Default.Equals(candidate, typeParameter),
        IArrayTypeSymbol array => Mentions(array.ElementType, typeParameter),
        INamedTypeSymbol named => named.TypeArguments.Any(argument => Mentions(argument, typeParameter)),
        _ => false,
    };

    /// <summary>Every name the type's code refers to: a method named here is called (or passed on) by the type's own code.</summary>
    private static ImmutableHashSet<string> NamesUsedIn(INamedTypeSymbol type, System.Threading.CancellationToken cancellationToken)
    {
        var names = ImmutableHashSet.CreateBuilder<string>(System.StringComparer.Ordinal);
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            foreach (var name in reference.GetSyntax(cancellationToken).DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                names.Add(name.Identifier.ValueText);
            }
        }

        return names.ToImmutable();
    }
}
