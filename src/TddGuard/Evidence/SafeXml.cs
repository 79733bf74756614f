using System.IO;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.Linq;

namespace TddGuard.Evidence;

/// <summary>Loads evidence files that come from anywhere: no DTDs, no external resolution, a bounded size.</summary>
internal static class SafeXml
{
    private const int BufferSize = 81920;

    /// <exception cref="XmlException">The file is not well-formed, declares a DTD or is larger than allowed.</exception>
    public static async Task<XDocument> LoadAsync(string path, long maxCharacters, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings
        {
            Async = true,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
        };
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = XmlReader.Create(stream, settings);
            return await XDocument.LoadAsync(reader, LoadOptions.None, cancellationToken).ConfigureAwait(false);
        }
    }
}
