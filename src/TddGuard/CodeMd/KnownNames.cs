using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TddGuard.CodeMd;

/// <summary>
/// Every name the code still knows: identifiers declared or used in any project, words of string literals and of the
/// build files. A name the design document uses that is none of these no longer exists (TG3102); anything the code
/// still mentions in any way is given the benefit of the doubt.
/// </summary>
internal static partial class KnownNames
{
    private static readonly ImmutableArray<string> s_buildFilePatterns = ["*.csproj", "*.props", "*.targets", "*.globalconfig", ".editorconfig"];

    public static HashSet<string> Collect(IEnumerable<SyntaxNode> roots, string repositoryRoot)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var token in roots.SelectMany(root => root.DescendantTokens()))
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                _ = names.Add(token.ValueText);
            }
            else if (token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken) || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
            {
                AddWords(names, token.ValueText);
            }
        }

        foreach (var file in s_buildFilePatterns.SelectMany(pattern => ProjectDiscovery.FilesUnder(new DirectoryInfo(repositoryRoot), pattern)))
        {
            var displayPath = RepositoryPaths.Relative(repositoryRoot, file);
            AddWords(names, BuildFileText.Read(file, displayPath));
            AddWords(names, displayPath);
        }

        return names;
    }

    private static void AddWords(HashSet<string> names, string text)
    {
        foreach (var word in Word().EnumerateMatches(text))
        {
            _ = names.Add(text.Substring(word.Index, word.Length));
        }
    }

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
