using System.Collections.Generic;

namespace TddGuard.CodeMd;

/// <summary>What <c>tddguard codemd</c> knows about the code: projects, documented namespaces, and every name used.</summary>
/// <param name="Projects">The projects, by path.</param>
/// <param name="Namespaces">Namespaces with public types in projects that are not tests, by name.</param>
/// <param name="KnownNames">Every identifier declared or used in the code and every word of its string literals and build files.</param>
internal sealed record CodeModel(IReadOnlyList<ProjectInfo> Projects, IReadOnlyList<NamespaceInfo> Namespaces, IReadOnlySet<string> KnownNames);

/// <summary>A project as its project file declares it.</summary>
/// <param name="Name">The project file's name without extension.</param>
/// <param name="Path">The project's folder relative to the repository, with forward slashes.</param>
/// <param name="TargetFrameworks">Its target frameworks, empty when inherited.</param>
/// <param name="References">The paths of the projects it references.</param>
/// <param name="IsTest">Whether it is a test project.</param>
internal sealed record ProjectInfo(string Name, string Path, IReadOnlyList<string> TargetFrameworks, IReadOnlyList<string> References, bool IsTest);

/// <summary>A namespace seen as a component.</summary>
/// <param name="Name">The namespace's full name.</param>
/// <param name="Projects">The paths of the projects declaring its public types.</param>
/// <param name="Purpose">Its purpose: its own doc comment, else the summary of its main type.</param>
/// <param name="Types">Its public types, by name.</param>
/// <param name="DependsOn">The documented namespaces its code refers to.</param>
/// <param name="UsedBy">The documented namespaces whose code refers to it.</param>
/// <param name="CoveredBy">The test classes that refer to its public types.</param>
internal sealed record NamespaceInfo(
    string Name,
    IReadOnlyList<string> Projects,
    string Purpose,
    IReadOnlyList<TypeInfo> Types,
    IReadOnlyList<string> DependsOn,
    IReadOnlyList<string> UsedBy,
    IReadOnlyList<string> CoveredBy);

/// <summary>A public type.</summary>
/// <param name="Name">Its name with containing types and type parameters (<c>Outer.Inner&lt;T&gt;</c>).</param>
/// <param name="SimpleName">Its identifier alone.</param>
/// <param name="Kind">class, static class, record, struct, interface, enum, delegate...</param>
/// <param name="Summary">Its <c>&lt;summary&gt;</c> as Markdown on one line.</param>
/// <param name="Bases">Its base type and directly implemented interfaces.</param>
/// <param name="Members">Its public members.</param>
internal sealed record TypeInfo(string Name, string SimpleName, string Kind, string Summary, IReadOnlyList<string> Bases, IReadOnlyList<MemberInfo> Members);

/// <summary>A public member.</summary>
/// <param name="Name">Its identifier (<c>.ctor</c> for constructors, as Roslyn names them).</param>
/// <param name="Signature">Its signature without namespaces.</param>
/// <param name="Summary">Its <c>&lt;summary&gt;</c> as Markdown on one line.</param>
internal sealed record MemberInfo(string Name, string Signature, string Summary);
