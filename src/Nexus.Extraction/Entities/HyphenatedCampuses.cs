using Nexus.Core.Entities;
using Nexus.Core.Text;

namespace Nexus.Extraction.Entities;

/// <summary>
/// "University of Tamsin-Ardmore": an organisation whose name is joined by a plain hyphen (no spaces) to a place right
/// after it is one name, the campus or branch named by the place; the place alone is no mention of its own. Only an
/// <see cref="EntityType.Organization"/> grows: two groups or two states joined by a hyphen ("Hamas-Fatah talks")
/// stay two, and so do two places.
/// </summary>
public static class HyphenatedCampuses
{
    public static void Apply(string text, List<EntityMention> mentions)
    {
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var (m, next) = (mentions[k], mentions[k + 1]);
            if (m.Type != EntityType.Organization || next.Type != EntityType.Location || next.Span.Start != m.Span.End + 1
                || text[m.Span.End] != '-' || m.Text.IndexOf(' ') < 0) continue;
            var span = new TextSpan(m.Span.Start, next.Span.End);
            mentions[k] = new EntityMention(span, text[span.Start..span.End], EntityType.Organization, m.Score);
            mentions.RemoveAt(k + 1);
        }
    }
}
