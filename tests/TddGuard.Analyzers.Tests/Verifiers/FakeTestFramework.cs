using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TddGuard.Analyzers.Tests.Verifiers;

/// <summary>
/// An empty assembly named like NUnit's: referencing it makes a test compilation a test project for
/// <c>TestProjects.IsTestProject</c>, without pulling a real test framework into the sources under test.
/// </summary>
internal static class FakeTestFramework
{
    public static MetadataReference NUnit { get; } = CSharpCompilation
        .Create("nunit.framework", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
        .ToMetadataReference();
}
