using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Entities.Ner;
using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Entities;

/// <summary>
/// Lower-case group actors by general patterns, not by listing phrases: an ethnic, religious or ideological
/// modifier (or a demonym) + optional adjectives + a group head ("Khalistani operatives", "armed Balochistan
/// nationalist groups", "Indian diaspora"); a demonym + a state noun as a metonym for the state ("Pakistani
/// officials" → Pakistan); a demonym + "police" as that state's police, an agency ("Turkish police"), except as a source after "according to", where the project's convention reads the state; a state's lower-case ministry ("Iraqi defence ministry"); and criminal descriptors ("the gangster network", "organised criminal gangs").
/// </summary>
public sealed class DescriptorRecognizer(KnowledgeBaseIndex kb)
{
    public const string CriminalKey = "criminal|CriminalGroup";

    public void Find(NerSentence s, List<EntityMention> into)
    {
        for (var i = 0; i < s.Count; i++)
        {
            var word = Word(s, i);
            if (GroupLexicon.CriminalModifiers.Contains(word) && TryCriminal(s, i, into, out var end)) { i = end - 1; continue; }
            var demonymOf = char.IsUpper(word[0]) ? kb.CountryOfDemonym(word) : null;
            if (char.IsUpper(word[0]) && TryMinistry(s, i, demonymOf, into, out var ministryEnd)) { i = ministryEnd - 1; continue; }
            // Proper adjectives are capitalised: "Khalistani operatives" is an actor, "jihadi movement" a kind.
            var isModifier = char.IsUpper(word[0]) && GroupLexicon.Modifiers.Contains(word) || word.StartsWith("pro-", StringComparison.Ordinal) && word.Length > 4 && char.IsUpper(word[4]);
            if (i + 1 < s.Count && s.Token(i + 1) is "police" or "Police" && char.IsUpper(word[0]) && (demonymOf ?? kb.Find(word)) is { IsCountry: true }
                && !(i >= 2 && s.Token(i - 1) is "to" && s.Token(i - 2) is "according" or "According")) // a cited source by nationality stays the state
            {
                Add(s, i, i + 2, EntityType.StateAgency, into); // "Turkish police": the state's force, an agency of its own
                i++;
                continue;
            }
            if (demonymOf is not null && i + 1 < s.Count && GroupLexicon.StateHeads.Contains(Word(s, i + 1)))
            {
                Add(s, i, i + 2, EntityType.Government, into, kbId: demonymOf.Id);
                i++;
                continue;
            }
            if (!isModifier && demonymOf is null) continue;
            var j = i + 1;
            var armed = false;
            while (j < s.Count && GroupLexicon.Adjectives.Contains(Word(s, j))) { armed |= GroupLexicon.ArmedAdjectives.Contains(Word(s, j)); j++; }
            if (j >= s.Count || !GroupLexicon.Heads.TryGetValue(Word(s, j), out var type)) continue;
            if (!isModifier && type != EntityType.Population && !armed && !IsArmedHead(Word(s, j))) continue;
            var start = i > 0 && GroupLexicon.ArmedAdjectives.Contains(Word(s, i - 1)) && char.IsLower(Word(s, i - 1)[0]) ? i - 1 : i;
            if (type == EntityType.MilitantGroup && Word(s, j - 1).Equals("political", StringComparison.OrdinalIgnoreCase)) type = EntityType.PoliticalGroup;
            Add(s, start, j + 1, type, into, groupKey: GroupLexicon.Root(word) + "|" + type);
            i = j;
        }
    }

    /// <summary>
    /// "Iraqi defence ministry", "Kenya's foreign ministry": a demonym or a country's possessive, one or two lower-case
    /// words and "ministry" name that state's ministry, an agency of its own (the capitalised "Defence Ministry" is the NER's).
    /// </summary>
    private bool TryMinistry(NerSentence s, int i, KbEntry? demonymOf, List<EntityMention> into, out int end)
    {
        end = i + 1;
        var possessive = s.Token(i) is [.., '\'' or '’', 's'] || i + 1 < s.Count && s.Token(i + 1) is "'s" or "’s";
        var owner = demonymOf ?? (possessive && kb.Find(Word(s, i)) is { IsCountry: true } country ? country : null);
        if (owner is null) return false;
        var j = i + 1 + (s.Token(i + 1 < s.Count ? i + 1 : i) is "'s" or "’s" ? 1 : 0);
        var words = 0;
        while (j < s.Count && words < 2 && s.Token(j) is [var c, ..] && char.IsLower(c) && s.Token(j) is not ("ministry" or "ministries") && IsLetters(s.Token(j))) { j++; words++; }
        if (words == 0 || j >= s.Count || s.Token(j) is not "ministry") return false;
        end = j + 1;
        Add(s, i, end, EntityType.StateAgency, into);
        return true;
    }

    private static bool IsLetters(ReadOnlySpan<char> t)
    {
        foreach (var c in t) if (!char.IsLetter(c)) return false;
        return true;
    }

    private static bool IsArmedHead(string head) => head is "insurgents" or "militants" or "separatists" or "terrorists" or "jihadists" or "rebels";

    private static bool TryCriminal(NerSentence s, int i, List<EntityMention> into, out int end)
    {
        var j = i;
        while (j < s.Count && GroupLexicon.CriminalModifiers.Contains(Word(s, j))) j++;
        end = j + 1;
        if (j >= s.Count || !GroupLexicon.CriminalHeads.Contains(Word(s, j))) return false;
        var start = i > 0 && Word(s, i - 1) is "organised" or "organized" ? i - 1 : i;
        Add(s, start, j + 1, EntityType.CriminalGroup, into, groupKey: CriminalKey);
        return true;
    }

    private static void Add(NerSentence s, int first, int endToken, EntityType type, List<EntityMention> into, string? kbId = null, string? groupKey = null)
    {
        var start = s.Tokens[first].Start;
        var (lastStart, lastLength) = s.Tokens[endToken - 1];
        var end = lastStart + lastLength;
        var last = s.Text.AsSpan(lastStart, lastLength);
        if (last.Length > 2 && last[^1] == 's' && last[^2] is '\'' or '’') end -= 2;
        into.Add(new EntityMention(new TextSpan(start, end), s.Text[start..end], type, 0.8, kbId, groupKey));
    }

    /// <summary>The token without a possessive "'s".</summary>
    private static string Word(NerSentence s, int i)
    {
        var t = s.Token(i);
        if (t.Length > 2 && t[^1] == 's' && t[^2] is '\'' or '’') t = t[..^2];
        return t.ToString();
    }
}
