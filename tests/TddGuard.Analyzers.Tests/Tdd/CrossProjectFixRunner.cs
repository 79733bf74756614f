using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;
using TddGuard.Analyzers.Tdd;

namespace TddGuard.Analyzers.Tests.Tdd;

/// <summary>The test framework a test project of a <see cref="CrossProjectFixRunner"/> solution references.</summary>
public enum GeneratedFramework
{
    None,
    NUnit,
    XunitWithFail,
    XunitWithoutFail,
    MSTest,
}

/// <summary>A production document of the solution: its source, its project folders and its line ending.</summary>
internal sealed record ProductionDocument(string Source, string[] Folders, string EndOfLine = "\n");

/// <summary>A test project of the solution: its framework, whether it references production, its documents.</summary>
internal sealed record TestProjectSpec(
    string Name,
    GeneratedFramework Framework,
    (string Path, string Source)[] Documents,
    bool ReferencesProduction = true,
    LanguageVersion LanguageVersion = LanguageVersion.CSharp12);

/// <summary>
/// A solution of one production project ("Shop", root namespace Shop, in /src/Shop) and its test projects (in
/// /tests/NAME), for fixes that write into another project than the diagnostic's. The code-fix verifier applies a
/// fix until its diagnostic is gone; TG1001 stays until a test calls the member, so these fixes are run here.
/// </summary>
internal sealed class CrossProjectFixRunner : IDisposable
{
    public const string ProductionName = "Shop";
    private const string SeenTestsPath = "/tests/Seen/SeenTests.cs";
    private const string MarksTestSources = "root = true\n\n[/tests/Seen/**.cs]\nbuild_metadata.AdditionalFiles.TddGuardTestSource = true\n";

    private readonly AdhocWorkspace _workspace;

    private CrossProjectFixRunner(AdhocWorkspace workspace, Solution solution, ProjectId productionId)
    {
        _workspace = workspace;
        Solution = solution;
        ProductionId = productionId;
    }

    public Solution Solution { get; }

    public ProjectId ProductionId { get; }

    /// <summary>
    /// Builds the solution. <paramref name="seenTests"/> is the test code TddGuard's analyzer is shown (TG1001 and
    /// TG1002 judge production by it), independent of the test projects the fix writes into.
    /// </summary>
    public static async Task<CrossProjectFixRunner> CreateAsync(ProductionDocument production, string seenTests, params TestProjectSpec[] testProjects)
    {
        var net80 = await TestFrameworkStubs.Net80Async();
        var workspace = new AdhocWorkspace();
        var productionId = ProjectId.CreateNewId(ProductionName);
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(
                productionId,
                VersionStamp.Default,
                ProductionName,
                ProductionName,
                LanguageNames.CSharp,
                filePath: $"/src/{ProductionName}/{ProductionName}.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
                metadataReferences: net80))
            .WithProjectDefaultNamespace(productionId, ProductionName);
        var folders = production.Folders;
        solution = solution
            .AddDocument(DocumentId.CreateNewId(productionId), "Production.cs", SourceText.From(WithEndOfLine(production.Source, production.EndOfLine)), folders, $"/src/{ProductionName}/{string.Join("/", folders.Append("Production.cs"))}")
            .AddAdditionalDocument(DocumentId.CreateNewId(productionId), "SeenTests.cs", SourceText.From(seenTests), filePath: SeenTestsPath)
            .AddAnalyzerConfigDocument(DocumentId.CreateNewId(productionId), ".editorconfig", SourceText.From(MarksTestSources), filePath: "/.editorconfig");
        foreach (var testProject in testProjects)
        {
            solution = await AddTestProjectAsync(solution, productionId, testProject, production.EndOfLine, net80);
        }

        return new CrossProjectFixRunner(workspace, solution, productionId);
    }

    public static string WithEndOfLine(string text, string endOfLine) => text.Replace("\r\n", "\n").Replace("\n", endOfLine);

    /// <summary>The TG1001/TG1002 diagnostic whose message names <paramref name="name"/> in quotes.</summary>
    public async Task<Diagnostic> DiagnosticAsync(string name) =>
        (await DiagnosticsAsync()).Single(diagnostic => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains($"'{name}'", StringComparison.Ordinal));

    /// <summary>
    /// UntestedCodeAnalyzer's findings in the production project, whose analyzer is shown the seen tests and
    /// <paramref name="addedTestSources"/> (say, a test a fix generated).
    /// </summary>
    public async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(params string[] addedTestSources)
    {
        var project = Solution.GetProject(ProductionId)!;
        for (var index = 0; index < addedTestSources.Length; index++)
        {
            project = project.AddAdditionalDocument($"Added{index}.cs", SourceText.From(addedTestSources[index]), filePath: $"/tests/Seen/Added{index}.cs").Project;
        }

        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation
            .WithAnalyzers([new UntestedCodeAnalyzer()], project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();
        return [.. diagnostics.OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start)];
    }

    /// <summary>The code actions the fixer offers for one diagnostic.</summary>
    public async Task<ImmutableArray<CodeAction>> ActionsAsync(CodeFixProvider fixer, Diagnostic diagnostic)
    {
        var document = Solution.GetDocument(diagnostic.Location.SourceTree)!;
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await fixer.RegisterCodeFixesAsync(context);
        return [.. actions];
    }

    /// <summary>Fix All over the production project, as the IDE runs it after the user picked <paramref name="action"/>.</summary>
    public async Task<CodeAction?> FixAllAsync(CodeFixProvider fixer, CodeAction action, FixAllScope scope)
    {
        var document = Solution.GetProject(ProductionId)!.Documents.First();
        var diagnostics = await DiagnosticsAsync();
        var context = new FixAllContext(
            document,
            fixer,
            scope,
            action.EquivalenceKey!,
            fixer.FixableDiagnosticIds,
            new FixedDiagnostics(diagnostics),
            CancellationToken.None);
        return await fixer.GetFixAllProvider()!.GetFixAsync(context);
    }

    /// <summary>The solution the action produces; its test projects must compile without errors or warnings.</summary>
    public static async Task<Solution> ApplyAsync(CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        foreach (var project in solution.Projects.Where(project => project.Name != ProductionName))
        {
            var compilation = (await project.GetCompilationAsync())!;
            var problems = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
            if (problems.Count > 0)
            {
                throw new AssertionException($"{project.Name} does not compile cleanly: {string.Join(Environment.NewLine, problems)}");
            }
        }

        return solution;
    }

    /// <summary>Every TddGuard analyzer's findings in the project, as the user's build would report them.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project)
    {
        var analyzers = typeof(UntestedCodeAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
        var compilation = (await project.GetCompilationAsync())!;
        return await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
    }

    public static Document DocumentOf(Solution solution, string projectName, string fileName) =>
        solution.Projects.Single(project => project.Name == projectName).Documents.Single(document => document.Name == fileName);

    public static async Task<string> TextOfAsync(Solution solution, string projectName, string fileName) =>
        (await DocumentOf(solution, projectName, fileName).GetTextAsync()).ToString();

    public void Dispose() => _workspace.Dispose();

    private static async Task<Solution> AddTestProjectAsync(Solution solution, ProjectId productionId, TestProjectSpec spec, string endOfLine, ImmutableArray<MetadataReference> net80)
    {
        var id = ProjectId.CreateNewId(spec.Name);
        var references = spec.Framework == GeneratedFramework.None ? net80 : net80.Add(await FrameworkStubs.ReferenceAsync(spec.Framework));
        solution = solution.AddProject(ProjectInfo.Create(
            id,
            VersionStamp.Default,
            spec.Name,
            spec.Name,
            LanguageNames.CSharp,
            filePath: $"/tests/{spec.Name}/{spec.Name}.csproj",
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            parseOptions: new CSharpParseOptions(spec.LanguageVersion),
            metadataReferences: references,
            projectReferences: spec.ReferencesProduction ? [new ProjectReference(productionId)] : []));
        foreach (var (path, source) in spec.Documents)
        {
            var name = path.Split('/').Last();
            var folders = path.Split('/').SkipLast(1);
            solution = solution.AddDocument(DocumentId.CreateNewId(id), name, SourceText.From(WithEndOfLine(source, endOfLine)), folders, $"/tests/{spec.Name}/{path}");
        }

        return solution;
    }

    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(project.Name == ProductionName ? diagnostics.AsEnumerable() : []);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return diagnostics.Where(diagnostic => diagnostic.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());
    }
}

/// <summary>
/// Framework stubs with the assertions the generated tests call: NUnit's and MSTest's <c>Assert.Fail</c>, xUnit's
/// <c>Assert.Fail</c> (2.5 and later) or only <c>Assert.True(bool, string)</c> (older xUnit).
/// </summary>
internal static class FrameworkStubs
{
    private const string XunitWithFail = """
        namespace Xunit
        {
            [System.AttributeUsage(System.AttributeTargets.Method)] public class FactAttribute : System.Attribute { }
            public static class Assert
            {
                public static void True(bool condition, string? userMessage) { }
                public static void Fail(string message) { }
            }
        }
        """;

    private const string XunitWithoutFail = """
        namespace Xunit
        {
            [System.AttributeUsage(System.AttributeTargets.Method)] public class FactAttribute : System.Attribute { }
            public static class Assert
            {
                public static void True(bool condition, string? userMessage) { }
            }
        }
        """;

    private const string MSTest = """
        namespace Microsoft.VisualStudio.TestTools.UnitTesting
        {
            [System.AttributeUsage(System.AttributeTargets.Class)] public class TestClassAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Method)] public class TestMethodAttribute : System.Attribute { }
            public static class Assert
            {
                public static void Fail(string message) { }
            }
        }
        """;

    private static readonly Lazy<Task<MetadataReference>> s_xunitWithFail = new(() => TestFrameworkStubs.CompileAsync("xunit.v3.core", XunitWithFail));
    private static readonly Lazy<Task<MetadataReference>> s_xunitWithoutFail = new(() => TestFrameworkStubs.CompileAsync("xunit.core", XunitWithoutFail));
    private static readonly Lazy<Task<MetadataReference>> s_msTest = new(() => TestFrameworkStubs.CompileAsync("MSTest.TestFramework", MSTest));

    public static Task<MetadataReference> ReferenceAsync(GeneratedFramework framework) => framework switch
    {
        GeneratedFramework.NUnit => TestFrameworkStubs.ReferenceAsync(StubLibrary.NUnit),
        GeneratedFramework.XunitWithFail => s_xunitWithFail.Value,
        GeneratedFramework.XunitWithoutFail => s_xunitWithoutFail.Value,
        GeneratedFramework.MSTest => s_msTest.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(framework), framework, "A test project without a framework gets no stub."),
    };
}
