using System.IO;
using System.Text;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.CodeMd;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.CodeMd;

[TestFixture]
[Property("Todo", "C05")]
public sealed class DocumentFileTests
{
    private const string Text = "# Design\r\n\r\nHand-written ✓ text\r\n";

    private static readonly object[] s_encodings =
    [
        new object[] { new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 0 },
        new object[] { new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 3 },
        new object[] { new UnicodeEncoding(bigEndian: false, byteOrderMark: true), 2 },
        new object[] { new UnicodeEncoding(bigEndian: true, byteOrderMark: true), 2 },
    ];

    [TestCaseSource(nameof(s_encodings))]
    public void DecodingAndEncodingGiveTheSameBytes(Encoding encoding, int markLength)
    {
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Text)];

        var document = DocumentFile.Decode(bytes);

        Assert.That(document.Text, Is.EqualTo(Text));
        Assert.That(document.Encoding.Preamble.Length, Is.EqualTo(markLength));
        Assert.That(DocumentFile.Encode(document), Is.EqualTo(bytes));
    }

    [Test]
    public void InvalidUtf8IsAnInputError()
    {
        using var folder = new TemporaryDirectory("codemd-file");
        var path = folder.Combine("CODE.md");
        File.WriteAllBytes(path, [0x23, 0xC3, 0x28]);

        Assert.That(async () => await DocumentFile.ReadAsync(path, "design/CODE.md", default), Throws.TypeOf<TddGuardInputException>().With.Message.Contains("design/CODE.md is not valid text"));
    }

    [Test]
    public async Task WritingReplacesTheFileAndLeavesNoTemporaryFile()
    {
        using var folder = new TemporaryDirectory("codemd-file");
        var path = folder.WriteFile("CODE.md", "old");
        var withMark = new DocumentText(Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true));

        await DocumentFile.WriteAtomicallyAsync(path, "CODE.md", withMark, default);

        Assert.That(File.ReadAllBytes(path), Is.EqualTo(DocumentFile.Encode(withMark)));
        Assert.That(File.ReadAllBytes(path)[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(Directory.GetFiles(folder.Path), Has.Length.EqualTo(1));
    }
}
