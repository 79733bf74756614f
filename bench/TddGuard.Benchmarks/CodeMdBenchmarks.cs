using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using TddGuard.CodeMd;
using TddGuard.Evidence;

namespace TddGuard.Benchmarks;

/// <summary>
/// The requirement: design/CODE.md generated for a solution of 100,000 lines in under 10 seconds. The solution is
/// generated once: ten projects, each referencing the one before, of documented public classes whose methods call
/// into the previous namespace, and a test project whose fixtures name every class.
/// </summary>
[MemoryDiagnoser]
public class CodeMdBenchmarks
{
    private const int Projects = 10;
    private const int NamespacesPerProject = 10;
    private const int ClassesPerNamespace = 10;
    private const int MethodsPerClass = 8;
    private const int TestFixtures = 100;

    private string _root = string.Empty;

    /// <summary>The generated solution's size, printed once so the corpus is known.</summary>
    public int GeneratedLines { get; private set; }

    /// <summary>Writes the solution to a temporary folder.</summary>
    [GlobalSetup]
    public void GenerateSolution()
    {
        _root = Path.Combine(Path.GetTempPath(), "tddguard-codemd-bench-" + Path.GetRandomFileName());
        for (var project = 0; project < Projects; project++)
        {
            var folder = Path.Combine(_root, "src", $"Gen.P{project}");
            Directory.CreateDirectory(folder);
            var reference = project == 0 ? string.Empty : $"<ItemGroup><ProjectReference Include=\"..\\Gen.P{project - 1}\\Gen.P{project - 1}.csproj\" /></ItemGroup>";
            File.WriteAllText(Path.Combine(folder, $"Gen.P{project}.csproj"), $"<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>{reference}</Project>");
            for (var space = 0; space < NamespacesPerProject; space++)
            {
                WriteSource(Path.Combine(folder, $"N{space}.cs"), NamespaceSource(project, space));
            }
        }

        var tests = Path.Combine(_root, "tests", "Gen.Tests");
        Directory.CreateDirectory(tests);
        File.WriteAllText(Path.Combine(tests, "Gen.Tests.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"NUnit\" /></ItemGroup></Project>");
        WriteSource(Path.Combine(tests, "Tests.cs"), TestSource());
        Directory.CreateDirectory(Path.Combine(_root, "design"));
        File.WriteAllText(Path.Combine(_root, "design", "CODE.md"), "# Generated solution\n");
        Console.WriteLine($"// Generated solution: {GeneratedLines} lines of C#");
    }

    /// <summary>Removes the solution.</summary>
    [GlobalCleanup]
    public void RemoveSolution() => Directory.Delete(_root, recursive: true);

    /// <summary>Everything <c>tddguard codemd --check</c> does: read, bind, describe, render and compare (the document is not written).</summary>
    [Benchmark]
    public Task<CodeMdReport> GenerateCodeMd() =>
        new CodeMdCheck(new GitProcessRunner()).RunAsync(new CodeMdOptions { RepositoryRoot = _root, CheckOnly = true }, default);

    private void WriteSource(string path, string source)
    {
        GeneratedLines += source.Split('\n').Length;
        File.WriteAllText(path, source);
    }

    private static string NamespaceSource(int project, int space)
    {
        var source = new StringBuilder("using System;\nusing System.Collections.Generic;\n");
        if (project > 0)
        {
            source.Append(CultureInfo.InvariantCulture, $"using Gen.P{project - 1}.N{space};\n");
        }

        source.Append(CultureInfo.InvariantCulture, $"\nnamespace Gen.P{project}.N{space};\n");
        for (var type = 0; type < ClassesPerNamespace; type++)
        {
            source.Append(CultureInfo.InvariantCulture, $"\n/// <summary>Generated class {type} of namespace {space}: it keeps a list and counts it.</summary>\npublic sealed class P{project}N{space}C{type}\n{{\n");
            source.Append("    private readonly List<int> _values = new();\n");
            for (var method = 0; method < MethodsPerClass; method++)
            {
                source.Append(CultureInfo.InvariantCulture, $"\n    /// <summary>Adds <paramref name=\"value\"/> {method} times and returns the count.</summary>\n    public int Method{method}(int value)\n    {{\n");
                source.Append("        for (var index = 0; index < value; index++)\n        {\n            _values.Add(index * value);\n        }\n\n");
                source.Append(project > 0
                    ? $"        var previous = new P{project - 1}N{space}C{type}();\n        return previous.Method{method}(_values.Count) + Math.Max(value, 1);\n"
                    : "        return _values.Count + Math.Max(value, 1);\n");
                source.Append("    }\n");
            }

            source.Append("}\n");
        }

        return source.ToString();
    }

    private static string TestSource()
    {
        var source = new StringBuilder("using NUnit.Framework;\n\nnamespace Gen.Tests;\n");
        for (var fixture = 0; fixture < TestFixtures; fixture++)
        {
            var project = fixture % Projects;
            var space = fixture / Projects % NamespacesPerProject;
            source.Append(CultureInfo.InvariantCulture, $"\npublic sealed class Fixture{fixture}Tests\n{{\n    [Test]\n    public void Counts() => Assert.That(new Gen.P{project}.N{space}.P{project}N{space}C0().Method0(1), Is.Positive);\n}}\n");
        }

        return source.ToString();
    }
}
