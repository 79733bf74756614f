using System.IO;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.Linq;

namespace TddGuard.Evidence;

/// <summary>Loads evidence files that come from anywhere: no DTDs, no external resolution, a bounded size.</summary>
internal static class SafeXml
{
    /// <summary>
    /// The deepest element nesting read. Real results nest a few levels (NUnit 3 one per namespace segment); loading
    /// takes time quadratic in the depth (a minute for 100,000 levels in 1.3 MB), so deeper files are refused unread.
    /// </summary>
    public const int MaxDepth = 256;

    private const int BufferSize = 81920;

    /// <exception cref="XmlException">The file is not well-formed, declares a DTD, is larger than allowed or nested deeper than <see cref="MaxDepth"/>.</exception>
    public static async Task<XDocument> LoadAsync(string path, long maxCharacters, CancellationToken cancellationToken)
    {
        var settings = Settings(maxCharacters);
        await CheckDepthAsync(path, settings, cancellationToken).ConfigureAwait(false);
        var stream = Open(path);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = XmlReader.Create(stream, settings);
            return await XDocument.LoadAsync(reader, LoadOptions.None, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The synchronous <see cref="LoadAsync"/>, for the small files read while a command starts.</summary>
    /// <exception cref="XmlException">The file is not well-formed, declares a DTD, is larger than allowed or nested deeper than <see cref="MaxDepth"/>.</exception>
    public static XDocument Load(string path, long maxCharacters)
    {
        var settings = Settings(maxCharacters);
        settings.Async = false;
        settings.CloseInput = true;
        using (var checker = XmlReader.Create(Open(path), settings))
        {
            while (checker.Read())
            {
                ThrowIfTooDeep(checker);
            }
        }

        using var reader = XmlReader.Create(Open(path), settings);
        return XDocument.Load(reader, LoadOptions.None);
    }

    /// <summary>A first pass that only reads (linear in the size): throws before a too-deep document is loaded.</summary>
    private static async Task CheckDepthAsync(string path, XmlReaderSettings settings, CancellationToken cancellationToken)
    {
        var stream = Open(path);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = XmlReader.Create(stream, settings);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                ThrowIfTooDeep(reader);
            }
        }
    }

    private static void ThrowIfTooDeep(XmlReader reader)
    {
        if (reader.Depth > MaxDepth)
        {
            var position = reader as IXmlLineInfo;
            throw new XmlException($"The document is nested deeper than {MaxDepth} elements.", null, position?.LineNumber ?? 0, position?.LinePosition ?? 0);
        }
    }

    private static FileStream Open(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);

    private static XmlReaderSettings Settings(long maxCharacters) =>
        new()
        {
            Async = true,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
        };
}
