using Nexus.Core.Entities;
using Nexus.Extraction.Entities.Ner;
using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Entities;

/// <summary>
/// A given name, a middle initial and a surname ("Ellen K. Marsh") are a person wherever they stand, even in a
/// list line or a title-cased line where the statistical NER is not run: one capital letter and a full stop between
/// two capitalised name words is a shape places and organisations do not take. The given name must not be a title,
/// a common word or a nationality ("The A. Team", "British A. Division" are no person); a given name that is also a
/// place ("Chester") still is one here.
/// </summary>
public static class InitialNames
{
    public static void Find(NerSentence s, KnowledgeBaseIndex kb, List<EntityMention> into)
    {
        for (var i = 1; i + 1 < s.Count; i++)
        {
            if (!IsInitial(s.Token(i)) || !IsNameWord(s.Token(i - 1)) || !IsNameWord(s.Token(i + 1))) continue;
            var given = s.Token(i - 1).ToString();
            if (NamePatterns.IsTitle(given) || NerSpanFilters.IsCommonWord(given) || kb.CountryOfDemonym(given) is not null) continue;
            var start = s.Tokens[i - 1].Start;
            into.Add(EntityMention.Of(s.Text, start, s.EndOf(i + 1), EntityType.Person, 0.75));
        }
    }

    private static bool IsInitial(ReadOnlySpan<char> t) => t.Length == 2 && char.IsUpper(t[0]) && t[1] == '.';

    private static bool IsNameWord(ReadOnlySpan<char> t)
    {
        if (t.Length < 2 || !char.IsUpper(t[0]) || !char.IsLower(t[1])) return false; // "McBride" yes, "US" no
        foreach (var c in t)
            if (!char.IsLetter(c) && c != '\'' && c != '-') return false;
        return true;
    }
}
