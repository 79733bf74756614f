namespace TddGuard.CodeMd;

/// <summary>
/// <c>tddguard codemd</c>: describes the code in design/CODE.md from the code itself (Roslyn, no build) between
/// markers, keeps hand-written text byte for byte, and checks the document in CI (TG3101–TG3105).
/// </summary>
internal static class NamespaceDoc
{
}
