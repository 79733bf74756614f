using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TddGuard.Analyzers.Tests.Verifiers;

/// <summary>
/// An empty assembly named like NUnit's: referencing it makes the code under analysis a test project for
/// <c>TestProjects.IsTestProject</c>, without binding to a real framework's dependencies.
/// </summary>
internal static class FakeTestFramework
{
    private static readonly Lazy<MetadataReference> s_nunit = new(() => EmptyAssembly("nunit.framework"));

    public static MetadataReference NUnit => s_nunit.Value;

    private static PortableExecutableReference EmptyAssembly(string name)
    {
        using var image = new MemoryStream();
        var result = CSharpCompilation.Create(name, options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException($"Could not emit the fake '{name}' assembly.");
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
