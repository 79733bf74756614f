using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TddGuard.CodeMd;

/// <summary>A project and its parsed C# files (paths relative to the repository, so nothing absolute reaches the document).</summary>
/// <param name="Source">The project file as read.</param>
/// <param name="Trees">Its syntax trees, sorted by path.</param>
internal sealed record ParsedProject(ProjectSource Source, IReadOnlyList<SyntaxTree> Trees)
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    public static async Task<ParsedProject> ParseAsync(string repositoryRoot, ProjectSource source, IReadOnlySet<string> otherProjectFolders, CancellationToken cancellationToken)
    {
        var trees = new List<SyntaxTree>();
        foreach (var file in source.SourceFiles(otherProjectFolders))
        {
            var text = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
            trees.Add(CSharpSyntaxTree.ParseText(text, s_parseOptions, RepositoryPaths.Relative(repositoryRoot, file), cancellationToken: cancellationToken));
        }

        if (source.HasImplicitUsings)
        {
            trees.Add(CSharpSyntaxTree.ParseText(ImplicitUsings, s_parseOptions, source.Info.Path + "/ImplicitUsings.g.cs", cancellationToken: cancellationToken));
        }

        return new ParsedProject(source, trees);
    }

    public bool IsTest => Source.Info.IsTest;

    public IEnumerable<SyntaxNode> Roots => Trees.Select(tree => tree.GetRoot());
}
