using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>TG2018: a type creates the implementation of one of the project's interfaces and keeps it.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardWiredDependencyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor s_rule = new(
        RuleIdentifiers.HardWiredDependency,
        title: "Hard-wired dependency",
        messageFormat: "'{0}' creates its own '{1}'; take the '{2}' as a constructor parameter instead, so callers and tests choose the implementation",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A type that news up the implementation of an interface declared in the same project, and keeps it in a readonly field or get-only property, is welded to that implementation: its tests cannot replace it and its callers cannot configure it. Receive the interface through the constructor and let the composition root create the implementation.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.HardWiredDependency));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (TestProjects.IsTestProject(context.Compilation))
        {
            return;
        }

        var project = context.Compilation.Assembly;
        var compilation = context.Compilation;
        var cancellationToken = context.CancellationToken;
        var candidates = new Lazy<CreatedTypeNames>(() => new CreatedTypeNames(project.TypeNames, SyntaxNames.DeclaresUsingAliases(compilation, cancellationToken)));
        context.RegisterSyntaxNodeAction(
            CandidateOperations.Bind<ISymbolInitializerOperation>(node => IsMemberInitializedWithNewObject(node, candidates.Value), site => AnalyzeInitializer(site, project)),
            SyntaxKind.EqualsValueClause);
        context.RegisterSyntaxNodeAction(
            CandidateOperations.Bind<ISimpleAssignmentOperation>(node => IsNewObjectAssignedInConstructor(node, candidates.Value), site => AnalyzeConstructorAssignment(site, project)),
            SyntaxKind.SimpleAssignmentExpression);
    }

    /// <summary>Syntax first: <c>= new X()</c> initialising a field or a property, where X may be declared in this project.</summary>
    private static bool IsMemberInitializedWithNewObject(SyntaxNode node, CreatedTypeNames candidates) => node switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax } declaration } } initializer =>
            candidates.MayCreateProjectType(initializer.Value, declaration.Type),
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } initializer => candidates.MayCreateProjectType(initializer.Value, property.Type),
        _ => false,
    };

    /// <summary>Syntax first: <c>x = new X()</c> somewhere in a constructor, where X may be declared in this project.</summary>
    private static bool IsNewObjectAssignedInConstructor(SyntaxNode node, CreatedTypeNames candidates) =>
        node is AssignmentExpressionSyntax assignment
        && candidates.MayCreateProjectType(assignment.Right, declaredType: null)
        && assignment.FirstAncestorOrSelf<ConstructorDeclarationSyntax>() is not null;

    private static void AnalyzeInitializer(OperationSite<ISymbolInitializerOperation> context, IAssemblySymbol project)
    {
        ISymbol? member = context.Operation switch
        {
            IFieldInitializerOperation { InitializedFields.Length: 1 } field => field.InitializedFields[0],
            IPropertyInitializerOperation { InitializedProperties.Length: 1 } property => property.InitializedProperties[0],
            _ => null,
        };
        if (member is not null)
        {
            AnalyzeStoredValue(context, member, context.Operation.Value, project);
        }
    }

    private static void AnalyzeConstructorAssignment(OperationSite<ISimpleAssignmentOperation> context, IAssemblySymbol project)
    {
        if (context.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor)
        {
            return;
        }

        var assignment = context.Operation;
        ISymbol? member = assignment.Target switch
        {
            IFieldReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } } field => field.Field,
            IPropertyReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } } property => property.Property,
            _ => null,
        };
        if (member is not null && SymbolEqualityComparer.Default.Equals(member.ContainingType, constructor.ContainingType))
        {
            AnalyzeStoredValue(context, member, assignment.Value, project);
        }
    }

    private static void AnalyzeStoredValue<TOperation>(OperationSite<TOperation> context, ISymbol member, IOperation value, IAssemblySymbol project)
        where TOperation : class, IOperation
    {
        if (WithoutImplicitConversions(value) is not IObjectCreationOperation { Type: INamedTypeSymbol created } creation
            || KeptForTheObjectsLifetime(member) is not { } memberType
            || IsCompositionRoot(member.ContainingType)
            || !IsImplementationInProject(created, project)
            || IsNestedIn(created, member.ContainingType)
            || IsBuiltAroundTheOwner(creation)
            || ImplementedInterface(created, memberType, project) is not { } implemented)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            s_rule,
            creation.Syntax.GetLocation(),
            member.Name,
            created.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
            implemented.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
    }

    private static IOperation WithoutImplicitConversions(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }

    /// <summary>
    /// The member's type when only construction can set it: an instance field that is readonly, or an instance
    /// property without a setter. A mutable member may be state the object changes (the State pattern) or a
    /// default a caller can replace (property injection); a static one is a well-known instance, not a dependency.
    /// </summary>
    private static ITypeSymbol? KeptForTheObjectsLifetime(ISymbol member) => member switch
    {
        IFieldSymbol { IsStatic: false, IsReadOnly: true } field => field.Type,
        IPropertySymbol { IsStatic: false, SetMethod: null } property => property.Type,
        _ => null,
    };

    /// <summary>Where the object graph is built by hand: entry points and the conventional start-up types.</summary>
    private static bool IsCompositionRoot(INamedTypeSymbol? type)
    {
        for (; type is not null; type = type.ContainingType)
        {
            if (type.Name == "Program" || type.Name.EndsWith("Startup", StringComparison.Ordinal) || HasStaticMain(type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasStaticMain(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers("Main"))
        {
            if (member is IMethodSymbol { IsStatic: true })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsImplementationInProject(INamedTypeSymbol type, IAssemblySymbol project) =>
        type is { TypeKind: TypeKind.Class, IsAbstract: false } && IsDeclaredIn(type, project);

    private static bool IsDeclaredIn(ITypeSymbol type, IAssemblySymbol project) =>
        SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, project);

    /// <summary>A private part of the type itself is its own business, not a dependency someone could inject.</summary>
    private static bool IsNestedIn(INamedTypeSymbol created, INamedTypeSymbol owner)
    {
        for (var container = created.ContainingType; container is not null; container = container.ContainingType)
        {
            if (SymbolEqualityComparer.Default.Equals(container.OriginalDefinition, owner.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An object made from the type's callbacks or from the type itself (a command, a child view model) is a part
    /// of the type, not a dependency someone else could provide.
    /// </summary>
    private static bool IsBuiltAroundTheOwner(IObjectCreationOperation creation)
    {
        foreach (var argument in creation.Arguments)
        {
            if (WithoutImplicitConversions(argument.Value) is IDelegateCreationOperation or IInstanceReferenceOperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The project's interface that the member exposes the created object as: the member's own type when it is
    /// such an interface, or the first one the class implements when the member is typed as the class itself.
    /// </summary>
    private static INamedTypeSymbol? ImplementedInterface(INamedTypeSymbol created, ITypeSymbol memberType, IAssemblySymbol project)
    {
        var typedAsClass = SymbolEqualityComparer.Default.Equals(memberType, created);
        foreach (var implemented in created.AllInterfaces)
        {
            if (IsDeclaredIn(implemented, project) && (typedAsClass || SymbolEqualityComparer.Default.Equals(implemented, memberType)))
            {
                return implemented;
            }
        }

        return null;
    }

    /// <summary>
    /// The names of the types this project declares: a <c>new List&lt;T&gt;()</c> cannot create one of them, so it
    /// is not bound. With using aliases in the project a name may stand for any type, and everything is bound.
    /// </summary>
    private sealed class CreatedTypeNames(ICollection<string> projectTypeNames, bool aliasesInUse)
    {
        public bool MayCreateProjectType(ExpressionSyntax value, TypeSyntax? declaredType)
        {
            if (SyntaxNames.NewObject(value) is not { } creation)
            {
                return false;
            }

            // new() creates the declared type; in an assignment that type is not in sight. A predefined type
            // (new object()) has no simple name and is never the project's.
            if (creation is ImplicitObjectCreationExpressionSyntax && declaredType is null)
            {
                return true;
            }

            var name = declaredType is not null && creation is ImplicitObjectCreationExpressionSyntax
                ? SyntaxNames.RightmostName(declaredType)
                : SyntaxNames.CreatedTypeName(creation);
            return aliasesInUse || (name is not null && projectTypeNames.Contains(name));
        }
    }
}
