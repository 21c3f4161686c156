using Nexus.Core.Entities;

namespace Nexus.Extraction.Coreference;

/// <summary>
/// What a description's head noun can refer to: the entity types, an optional test of the candidate itself (a city for "the city", a police force for "the
/// police"), and whether the rule is strict: only the previous two
/// sentences or the same paragraph, and only when exactly one compatible entity stands there; a strict head that is
/// article-wide ("the city") may, when nothing compatible is in that reach, name the one compatible entity of the article so far.
/// </summary>
internal sealed record DescriptionHead(EntityType[] Types, bool Strict, Func<CorefCandidate, bool>? Fits = null, bool ArticleWide = false)
{
    public bool Accepts(CorefCandidate c) => Types.Contains(c.Type) && (Fits is null || Fits(c));
}
