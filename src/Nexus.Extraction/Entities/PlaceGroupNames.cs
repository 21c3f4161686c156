using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Entities.Ner;
using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Entities;

/// <summary>
/// "the Sinaloa cartel", "the Tarhuna militia": one to three capitalised words (often a place) before a lower-case noun
/// for a criminal or armed group name that group, noun included, where the words alone would read as the place. Countries
/// and nationalities name no group of their own ("Mexican cartel"); plurals ("cartels") are kinds, not names.
/// </summary>
public static class PlaceGroupNames
{
    private static readonly Dictionary<string, EntityType> Nouns = new(StringComparer.Ordinal)
    {
        ["cartel"] = EntityType.CriminalGroup, ["gang"] = EntityType.CriminalGroup, ["syndicate"] = EntityType.CriminalGroup,
        ["mafia"] = EntityType.CriminalGroup, ["militia"] = EntityType.MilitantGroup,
    };

    public static void Find(NerSentence s, KnowledgeBaseIndex kb, List<EntityMention> into)
    {
        for (var h = 1; h < s.Count; h++)
        {
            if (!Nouns.TryGetValue(s.Token(h).ToString(), out var type)) continue;
            // "Sinaloa cartel war …" opening a line: a sentence-initial capital counts when it is a known place.
            var first = NamePatterns.NameBefore(s, h, kb) ?? (h == 1 && kb.Find(s.Token(0).ToString()) is { Type: EntityType.Location } ? 0 : -1);
            if (first < 0) continue;
            var start = s.Tokens[first].Start;
            var modifierEnd = s.EndOf(h - 1);
            // "Houthi militia": a modifier that is not a place is the group's own name (NamePatterns.FindGroupModifiers).
            if (type == EntityType.MilitantGroup && kb.Find(s.Text[start..modifierEnd]) is not { Type: EntityType.Location }) continue;
            into.Add(EntityMention.Of(s.Text, start, s.EndOf(h), type, 0.6));
        }
    }
}
