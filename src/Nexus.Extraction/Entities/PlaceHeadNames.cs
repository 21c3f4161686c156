using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Entities.Ner;
using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Entities;

/// <summary>
/// "al-Hol camp", "the Boni forest", "the Markets area", "Mill Lane street": one to three capitalised words before a lower-case noun for a
/// site name a place. A site noun (camp, base, forest, prison) belongs to the name; "area" does not ("the Bogside area"
/// is the Bogside). Countries and nationalities name no site of their own ("Nigerian Army base" is the army's), nor do
/// names the knowledge base knows (its own mention stands), nor a lone sentence-initial capital.
/// </summary>
public static class PlaceHeadNames
{
    private static readonly HashSet<string> SiteNouns = new(StringComparer.Ordinal)
    {
        "camp", "base", "airbase", "airport", "forest", "prison", "jail", "desert",
        "mountains", "hills", "valley", "river", // "the Hamrin mountains": terrain named by its head noun
        "street", "avenue", "square", "mosque", // "the pedestrian Rosa Luxemburg street", "the Old Town mosque"
    };

    /// <summary>"the Boston street" is a street in a city: a lower-case street noun names a street only after two or more words.</summary>
    private static readonly HashSet<string> StreetNouns = new(StringComparer.Ordinal) { "street", "avenue", "square" };

    /// <summary>A capitalised preposition opening a sentence ("On Mill Lane street") is no part of the name.</summary>
    private static readonly HashSet<string> OpeningWords = new(StringComparer.Ordinal)
    {
        "On", "In", "At", "Along", "Near", "From", "By", "Outside", "Inside",
    };

    private static readonly HashSet<string> AreaNouns = new(StringComparer.Ordinal) { "area" };

    public static void Find(NerSentence s, KnowledgeBaseIndex kb, List<EntityMention> into)
    {
        for (var h = 1; h < s.Count; h++)
        {
            var noun = s.Token(h).ToString();
            var site = SiteNouns.Contains(noun);
            if (!site && !AreaNouns.Contains(noun) || NamePatterns.NameBefore(s, h, kb) is not { } first) continue;
            if (first > 0 && LetterCase.StartsUpper(s.Token(first - 1))) continue; // "Nigerian Army base"
            if (first == 0 && OpeningWords.Contains(s.Token(0).ToString())) first++;
            if (StreetNouns.Contains(noun) && h - first < 2 || first == h) continue;
            var start = s.Tokens[first].Start;
            var nameEnd = s.EndOf(h - 1);
            var name = s.Text[start..nameEnd];
            if (HasLowerCompound(name) || kb.Find(name) is not null) continue; // a known name is the knowledge base's mention
            into.Add(EntityMention.Of(s.Text, start, site ? s.EndOf(h) : nameEnd, EntityType.Location, 0.6));
        }
    }

    /// <summary>
    /// "Camp Shorabak", "Fort Bragg": a capitalised site word before one or two capitalised words names a site, a place of its
    /// own, even when the words after it are a known district or person ("Shorabak", "Bragg"); being longer, it wins the span.
    /// </summary>
    public static void FindLeadingSite(NerSentence s, List<EntityMention> into)
    {
        for (var h = 0; h + 1 < s.Count; h++)
        {
            if (s.Token(h) is not ("Camp" or "Fort")) continue;
            var end = h + 1;
            while (end < s.Count && end < h + 3 && LetterCase.StartsUpper(s.Token(end)) && s.Token(end) is not "The") end++;
            if (end == h + 1) continue;
            into.Add(EntityMention.Of(s.Text, s.Tokens[h].Start, s.EndOf(end - 1), EntityType.Location, 0.6));
        }
    }

    /// <summary>
    /// "seized rockets near Hermel": one capitalised word after "near", not a known name, not owned ("near Ali's house") and
    /// not opening a longer capitalised run, is a place.
    /// </summary>
    public static void FindAfterNear(NerSentence s, KnowledgeBaseIndex kb, List<EntityMention> into)
    {
        for (var k = 1; k + 1 < s.Count; k++)
        {
            if (s.Token(k - 1) is not "near") continue;
            var token = s.Token(k);
            if (token.Length < 3 || !char.IsUpper(token[0]) || LetterCase.IsAllCaps(token) || token is "The") continue;
            if (s.Token(k + 1) is "'s" or "’s" || LetterCase.StartsUpper(s.Token(k + 1))) continue; // the loop leaves a next token
            var word = token.ToString();
            if (kb.Find(word) is not null || kb.CountryOfDemonym(word) is not null) continue;
            into.Add(EntityMention.Of(s.Text, s.Tokens[k].Start, s.EndOf(k), EntityType.Location, 0.5));
        }
    }

    /// <summary>"Kurdish-controlled", "Army-run": a compound with a lower-case part is a modifier, not a site's name.</summary>
    private static bool HasLowerCompound(string name)
    {
        for (var k = 1; k + 1 < name.Length; k++)
            if (name[k] is '-' or '–' && char.IsLower(name[k + 1])) return true;
        return false;
    }
}
