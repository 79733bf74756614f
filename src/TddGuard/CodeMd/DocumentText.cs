using System.Text;

namespace TddGuard.CodeMd;

/// <summary>A document's text and the encoding (with or without byte order mark) its bytes were written in.</summary>
/// <param name="Text">The text, byte order mark excluded.</param>
/// <param name="Encoding">The encoding; its preamble is the byte order mark, empty when there was none.</param>
internal sealed record DocumentText(string Text, Encoding Encoding);
