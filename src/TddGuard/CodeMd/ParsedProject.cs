using System;
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
    /// <summary>64 MiB: larger than any C# file a person or a generator writes.</summary>
    public const long MaxSourceBytes = 64L * 1024 * 1024;

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
            var displayPath = RepositoryPaths.Relative(repositoryRoot, file);
            var text = await ReadAsync(file, displayPath, cancellationToken).ConfigureAwait(false);
            trees.Add(CSharpSyntaxTree.ParseText(text, s_parseOptions, displayPath, cancellationToken: cancellationToken));
        }

        if (source.HasImplicitUsings)
        {
            trees.Add(CSharpSyntaxTree.ParseText(ImplicitUsings, s_parseOptions, source.Info.Path + "/ImplicitUsings.g.cs", cancellationToken: cancellationToken));
        }

        return new ParsedProject(source, trees);
    }

    public bool IsTest => Source.Info.IsTest;

    /// <summary>Reads a source file; one that cannot be described stops the command, so the document is never written without it.</summary>
    /// <exception cref="TddGuardInputException">The file is unreadable, larger than <see cref="MaxSourceBytes"/> or binary.</exception>
    private static async Task<string> ReadAsync(string file, string displayPath, CancellationToken cancellationToken)
    {
        try
        {
            var text = new FileInfo(file).Length > MaxSourceBytes
                ? throw new TddGuardInputException($"{displayPath} is larger than {MaxSourceBytes} bytes, so the code was not described: TddGuard does not read it.")
                : await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
            return text.Contains('\0', StringComparison.Ordinal)
                ? throw new TddGuardInputException($"{displayPath} holds NUL characters: it is binary, or UTF-16 without a byte order mark, not C# source, so the code was not described. Save it as UTF-8 or remove it.")
                : text;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TddGuardInputException($"{displayPath} could not be read, so the code was not described: {exception.Message}", exception);
        }
    }

    public IEnumerable<SyntaxNode> Roots => Trees.Select(tree => tree.GetRoot());
}
