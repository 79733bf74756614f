using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Design;

namespace TddGuard.Analyzers.Tests.Catalog;

/// <summary>Every diagnostic that the shipped analyzer assembly can report, found by reflection.</summary>
internal static class RuleCatalog
{
    /// <summary>One instance of every analyzer the shipped assembly holds: the whole pack.</summary>
    public static IReadOnlyList<DiagnosticAnalyzer> AllAnalyzers() =>
        [.. typeof(NestingTooDeepAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)];

    public static IReadOnlyList<DiagnosticDescriptor> AllDescriptors() =>
        [.. AllAnalyzers()
            .SelectMany(analyzer => analyzer.SupportedDiagnostics)
            .GroupBy(descriptor => descriptor.Id)
            .Select(group => group.First())
            .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)];

    public static IEnumerable<string> AllIds() => AllDescriptors().Select(descriptor => descriptor.Id);
}
