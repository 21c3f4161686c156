using Nexus.Core.Entities;
using Nexus.Core.Text;

namespace Nexus.Extraction.Entities;

/// <summary>
/// A recognised name in the text, before linking: its span, a type guess and how sure the recognizer is.
/// <see cref="KbId"/> is set when the span matched a knowledge-base name; <see cref="GroupKey"/> when it is a
/// descriptive group actor ("Khalistani operatives"), so that descriptions of one group meet in the linker.
/// </summary>
public sealed record EntityMention(TextSpan Span, string Text, EntityType? Type, double Score = 1.0, string? KbId = null, string? GroupKey = null)
{
    /// <summary>An unlinked mention of the characters <paramref name="start"/>..<paramref name="stop"/> of <paramref name="text"/>.</summary>
    public static EntityMention Of(string text, int start, int stop, EntityType? type, double score) =>
        new(new TextSpan(start, stop), text[start..stop], type, score);
}
