using Microsoft.CodeAnalysis.Text;

namespace TddGuard.Verify;

/// <summary>A production member with a body, and how its red variant is switched in.</summary>
/// <param name="Id">Its documentation-comment ID (an accessor's is its method's, e.g. <c>M:Shop.Cart.get_Total</c>).</param>
/// <param name="AssociatedId">The property, indexer or event an accessor belongs to, else <see langword="null"/>.</param>
/// <param name="Project">The name of the project that declares it.</param>
/// <param name="Location">Where its declaration starts, relative to the repository.</param>
/// <param name="LastLine">The last line of its declaration.</param>
/// <param name="Text">Its declaration as written: what, with the tests, decides whether a cached verdict still holds.</param>
/// <param name="Edit">The text change that puts its red variant behind the switch.</param>
internal sealed record ProductionMember(string Id, string? AssociatedId, string Project, SourceLocation Location, int LastLine, string Text, MemberEdit Edit);

/// <summary>
/// Where a member's red variant goes: <see cref="Span"/> becomes <see cref="Before"/>, the guard that throws when the
/// member's variant is active, then <see cref="After"/>.
/// </summary>
/// <param name="Span">The replaced text: empty after a block's opening brace, or an expression body from <c>=&gt;</c> to <c>;</c>.</param>
/// <param name="Before">The text before the guard.</param>
/// <param name="After">The text after the guard.</param>
internal sealed record MemberEdit(TextSpan Span, string Before, string After);
