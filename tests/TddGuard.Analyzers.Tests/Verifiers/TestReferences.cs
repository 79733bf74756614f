using Microsoft.CodeAnalysis.Testing;

namespace TddGuard.Analyzers.Tests.Verifiers;

internal static class TestReferences
{
    /// <summary>The oldest runtime our users build with; its reference assemblies are restored once into the NuGet cache.</summary>
    public static readonly ReferenceAssemblies Net80 = ReferenceAssemblies.Net.Net80;
}

internal static class EditorConfig
{
    public static string Root(string cSharpSection) => $"root = true\n\n[*.cs]\n{cSharpSection}\n";
}
