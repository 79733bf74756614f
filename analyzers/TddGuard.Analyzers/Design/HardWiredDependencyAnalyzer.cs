using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
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
        var candidates = new Lazy<CreatedTypeNames>(() => new CreatedTypeNames(
            ImplementationNames(project.GlobalNamespace, project, cancellationToken),
            SyntaxNames.DeclaresUsingAliases(compilation, cancellationToken)));
        context.RegisterSyntaxNodeAction(
            CandidateOperations.Bind<ISymbolInitializerOperation>(node => IsMemberInitializedWithNewObject(node, candidates.Value), site => AnalyzeInitializer(site, project)),
            SyntaxKind.EqualsValueClause);
        context.RegisterSyntaxNodeAction(
            CandidateOperations.Bind<ISimpleAssignmentOperation>(nodeContext => IsNewObjectAssignedInConstructor(nodeContext, candidates.Value), site => AnalyzeConstructorAssignment(site, project)),
            SyntaxKind.SimpleAssignmentExpression);
    }

    /// <summary>
    /// Syntax first: <c>= new X()</c> initialising a readonly instance field or an instance property without a
    /// setter, where X may be declared in this project. Binding an initializer binds it whole and runs its nullable
    /// analysis: a static table of a thousand entries costs more than the rest of the rule, and a static or mutable
    /// member is never reported.
    /// </summary>
    private static bool IsMemberInitializedWithNewObject(SyntaxNode node, CreatedTypeNames candidates) => node switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax field } declaration } } initializer =>
            IsReadOnlyInstanceField(field) && candidates.MayCreateProjectType(initializer.Value, declaration.Type),
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } initializer =>
            IsGetOnlyInstanceProperty(property) && candidates.MayCreateProjectType(initializer.Value, property.Type),
        _ => false,
    };

    /// <summary>What <see cref="KeptForTheObjectsLifetime"/> asks of a field, as its declaration says it.</summary>
    private static bool IsReadOnlyInstanceField(FieldDeclarationSyntax field) =>
        field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword)
        && !field.Modifiers.Any(SyntaxKind.StaticKeyword)
        && !field.Modifiers.Any(SyntaxKind.ConstKeyword);

    /// <summary>What <see cref="KeptForTheObjectsLifetime"/> asks of a property, as its declaration says it: neither <c>set</c> nor <c>init</c>.</summary>
    private static bool IsGetOnlyInstanceProperty(PropertyDeclarationSyntax property)
    {
        if (property.Modifiers.Any(SyntaxKind.StaticKeyword))
        {
            return false;
        }

        foreach (var accessor in property.AccessorList?.Accessors ?? default)
        {
            if (accessor.IsKind(SyntaxKind.SetAccessorDeclaration) || accessor.IsKind(SyntaxKind.InitAccessorDeclaration))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Syntax and declared symbols first: <c>x = new X()</c> somewhere in an instance constructor of a type that is
    /// no composition root, where X may be declared in this project and the type declares a member named as the
    /// target that only construction can set. Only then is the constructor's body bound.
    /// </summary>
    private static bool IsNewObjectAssignedInConstructor(SyntaxNodeAnalysisContext context, CreatedTypeNames candidates) =>
        context.Node is AssignmentExpressionSyntax assignment
        && candidates.MayCreateProjectType(assignment.Right, declaredType: null)
        && assignment.FirstAncestorOrSelf<ConstructorDeclarationSyntax>() is not null
        && context.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
        && !IsCompositionRoot(constructor.ContainingType)
        && MayNameAMemberKeptForTheObjectsLifetime(assignment.Left, constructor.ContainingType);

    /// <summary>
    /// Whether the target of an assignment may be one of <paramref name="type"/>'s own members that only construction
    /// can set. A target named by a simple name or a member access is looked up among the type's members by that
    /// name; any other target (an indexer, a tuple) stays a candidate for binding to decide.
    /// </summary>
    private static bool MayNameAMemberKeptForTheObjectsLifetime(ExpressionSyntax target, INamedTypeSymbol type)
    {
        var name = target switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };
        if (name is null)
        {
            return true;
        }

        foreach (var member in type.GetMembers(name))
        {
            if (KeptForTheObjectsLifetime(member) is not null)
            {
                return true;
            }
        }

        return false;
    }

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
    /// The names of the classes this project declares that are not abstract and implement one of its interfaces:
    /// the only types <see cref="AnalyzeStoredValue"/> reports the creation of. A <c>new List&lt;T&gt;()</c>, or the
    /// <c>new Settings()</c> of a project class that implements none of the project's interfaces, cannot be one, so
    /// it is not bound. Nested classes count by their own name. Computed once per compilation, from declarations.
    /// </summary>
    private static HashSet<string> ImplementationNames(INamespaceSymbol globalNamespace, IAssemblySymbol project, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var namespaces = new Stack<INamespaceSymbol>();
        var types = new Stack<INamedTypeSymbol>();
        namespaces.Push(globalNamespace);
        while (namespaces.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in namespaces.Pop().GetMembers())
            {
                if (member is INamespaceSymbol nested)
                {
                    namespaces.Push(nested);
                }
                else if (member is INamedTypeSymbol type)
                {
                    types.Push(type);
                }
            }

            while (types.Count > 0)
            {
                var type = types.Pop();
                if (IsImplementationInProject(type, project) && ImplementsAnInterfaceOf(type, project))
                {
                    names.Add(type.Name);
                }

                foreach (var nested in type.GetTypeMembers())
                {
                    types.Push(nested);
                }
            }
        }

        return names;
    }

    private static bool ImplementsAnInterfaceOf(INamedTypeSymbol type, IAssemblySymbol project)
    {
        foreach (var implemented in type.AllInterfaces)
        {
            if (IsDeclaredIn(implemented, project))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Rules out, by its syntax, a <c>new</c> that cannot create one of <see cref="ImplementationNames"/>. With using
    /// aliases in the project a name may stand for any type, and everything is bound.
    /// </summary>
    private sealed class CreatedTypeNames(ICollection<string> implementationNames, bool aliasesInUse)
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
            return aliasesInUse || (name is not null && implementationNames.Contains(name));
        }
    }
}
