using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Entities.Ner;
using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Entities;

/// <summary>
/// Two patterns that catch names the statistical NER misses: capitalised words after a personal title are a
/// person ("Dr. Shantanu Mukharji", "General Asim Munir"), and an unknown capitalised word coordinated with a
/// place is a place ("Coimbatore and Mangalore"); and a capitalised word before "agreement", "accord", "pact",
/// "treaty" or "declaration" names an event ("the Dabori agreement"), unless it is a country or a nationality.
/// </summary>
public static class NamePatterns
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof", "Prof.", "General", "Gen.", "Lt.", "Colonel", "Col.", "Major", "Maj.",
        "Captain", "Capt.", "Brigadier", "President", "Minister", "Senator", "Maulana", "Mullah", "Sheikh", "Justice",
        "Lieutenant", "Sergeant", "Sgt.", "Corporal", "Cpl.", "Admiral", "Agent",
    };

    private static readonly HashSet<string> AgreementHeads = new(StringComparer.Ordinal) { "agreement", "accord", "pact", "treaty", "declaration" };

    public static bool IsTitle(ReadOnlySpan<char> token) => Titles.Contains(token.ToString());

    /// <summary>
    /// The last title inside tokens (first, end) that two or more name words follow ("GNB Brigade General Hector Pérez",
    /// "US Army Col. Myles Caggins"), or null: the words after it are a person, the words before it their unit.
    /// </summary>
    public static int? LastInnerTitle(NerSentence s, int first, int end)
    {
        for (var k = end - 3; k > first; k--)
            if (IsTitle(s.Token(k)) && IsNameWord(s.Token(k + 1)) && IsNameWord(s.Token(k + 2))) return k;
        return null;
    }

    /// <summary>Adds title-led person names to the candidates.</summary>
    public static void FindTitled(NerSentence s, List<EntityMention> into)
    {
        for (var i = 0; i + 1 < s.Count; i++)
        {
            if (!Titles.Contains(s.Token(i).ToString())) continue;
            var end = i + 1;
            while (end < s.Count && end - i <= 4 && IsNameWord(s.Token(end))) end++;
            if (end - i < 3) continue; // a title and one word is too often "General Assembly", "President Trump" is kept by the NER
            var start = s.Tokens[i + 1].Start;
            var stop = NerSpanFilters.EndOfName(s, end - 1);
            into.Add(EntityMention.Of(s.Text, start, stop, EntityType.Person, 0.7));
            i = end - 1;
        }
    }

    /// <summary>Adds "Dabori agreement"-style named agreements (one to three capitalised words and the head) as events.</summary>
    public static void FindNamedAgreements(NerSentence s, KnowledgeBaseIndex kb, List<EntityMention> into)
    {
        for (var h = 1; h < s.Count; h++)
        {
            if (!AgreementHeads.Contains(s.Token(h).ToString()) || NameBefore(s, h, kb) is not { } first) continue;
            var start = s.Tokens[first].Start;
            into.Add(EntityMention.Of(s.Text, start, s.EndOf(h), EntityType.Event, 0.65));
        }
    }

    /// <summary>Plural or collective nouns for armed men that a group's name modifies: "Houthi rebels", "Zarghun fighters".</summary>
    private static readonly HashSet<string> FighterNouns = new(StringComparer.Ordinal)
    {
        "rebels", "fighters", "militants", "militia", "militias", "movement", "insurgents", "guerrillas", "jihadists", "gunmen",
        "commanders", "cadres", "loyalists", "separatists", "extremists", "operatives",
    };

    /// <summary>
    /// Adds "Houthi" in "Houthi rebels": one to three capitalised words before a noun for fighters name a group, unless they
    /// are a country, a demonym or a known place ("Afghan fighters", "Syrian rebels" name no group of their own). The group
    /// reading replaces the NER's guess of a person on the same words.
    /// </summary>
    public static void FindGroupModifiers(NerSentence s, KnowledgeBaseIndex kb, List<EntityMention> into)
    {
        for (var h = 1; h < s.Count; h++)
        {
            if (!FighterNouns.Contains(s.Token(h).ToString()) || NameBefore(s, h, kb) is not { } first) continue;
            var start = s.Tokens[first].Start;
            var stop = s.EndOf(h - 1);
            var name = s.Text[start..stop];
            if (kb.Find(name) is { Type: EntityType.Location or EntityType.Government or EntityType.Population }) continue;
            var span = new TextSpan(start, stop);
            // "Zarghun rebels": the statistical NER's guess of a person yields to the group reading ("Assad loyalists" stays a person).
            if (s.Token(h) is not "loyalists") into.RemoveAll(c => c.KbId is null && c.Type == EntityType.Person && c.Span == span);
            into.Add(new EntityMention(span, name, EntityType.MilitantGroup, 0.55));
        }
    }

    /// <summary>
    /// The first token of the one to three capitalised words right before token <paramref name="head"/> that are not a
    /// country or nationality, or null when there are none or only a sentence-initial capital (no evidence of a name).
    /// </summary>
    internal static int? NameBefore(NerSentence s, int head, KnowledgeBaseIndex kb)
    {
        var first = head;
        while (first > 0 && head - first < 3 && IsNameWord(s.Token(first - 1)) && !IsCountryWord(s.Token(first - 1).ToString(), kb)
               && !NerSpanFilters.IsCountWord(s.Token(first - 1))) first--; // "Seven Taliban militants": a count is no name
        return first == head || first == 0 && head - first == 1 ? null : first;
    }

    private static bool IsCountryWord(string word, KnowledgeBaseIndex kb) =>
        kb.CountryOfDemonym(word) is not null || kb.Find(word)?.Type == EntityType.Government || NerSpanFilters.IsCommonWord(word);

    /// <summary>
    /// "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": the words before a bracketed acronym whose capitals spell it are
    /// one name, even where the recognizers split it at its lower-case particles; that name replaces the pieces.
    /// </summary>
    public static void FindAcronymLongForms(string text, List<EntityMention> mentions)
    {
        for (var open = text.IndexOf(" (", StringComparison.Ordinal); open >= 0; open = text.IndexOf(" (", open + 2, StringComparison.Ordinal))
        {
            var close = text.IndexOf(')', open + 2);
            if (close < 0 || close - open - 2 is < 2 or > 8) continue;
            var letters = text[(open + 2)..close];
            if (!letters.All(char.IsUpper) || LongFormBefore(text, open, letters) is not { } span) continue;
            if (mentions.Any(m => m.Span.Start < span.Start && m.Span.End > span.Start || m.Span.Start == span.Start && m.Span.End == span.End)) continue;
            var acronymSpan = new TextSpan(open + 2, close);
            var acronym = mentions.FirstOrDefault(m => m.Span == acronymSpan);
            var inside = mentions.Where(m => m.Span.Start >= span.Start && m.Span.End <= span.End).ToList();
            var type = inside.Select(m => m.Type).Append(acronym?.Type).FirstOrDefault(t => t is not (null or EntityType.Person or EntityType.Location))
                ?? EntityType.Organization;
            foreach (var m in inside) mentions.Remove(m);
            mentions.Add(new EntityMention(span, text[span.Start..span.End], type, 0.7));
            if (acronym is null && !mentions.Any(m => m.Span.Start < acronymSpan.End && acronymSpan.Start < m.Span.End))
                mentions.Add(new EntityMention(acronymSpan, letters, type, 0.7));
            mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
    }

    /// <summary>The shortest run of up to eight words ending at <paramref name="end"/> whose capitalised parts' initials spell the acronym.</summary>
    private static TextSpan? LongFormBefore(string text, int end, string acronym)
    {
        var start = end;
        var initials = new List<char>();
        for (var words = 0; words < 8 && start > 0; words++)
        {
            var wordEnd = start;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or ',' or ';' or '.')) start--;
            if (start == wordEnd) return null;
            var parts = text[start..wordEnd].Split(['-', '–'], StringSplitOptions.RemoveEmptyEntries).Where(p => char.IsUpper(p[0])).Select(p => p[0]);
            initials.InsertRange(0, parts);
            if (initials.Count > acronym.Length) return null;
            if (initials.Count == acronym.Length)
                return new string([.. initials]) == acronym && char.IsUpper(text[start]) && words > 0 ? new TextSpan(start, end) : null;
            if (start == 0 || text[start - 1] != ' ') return null;
            start--;
        }
        return null;
    }

    /// <summary>
    /// "al-Qaeda", "al-Shabaab", "Al-Azaim": the Arabic article belongs to the name, though the tokenizer splits it off
    /// and the recognizers often start at the capital after it. A mention right after "al-"/"el-"/"ad-"/"ash-" is widened.
    /// </summary>
    public static void IncludeArabicArticles(string text, List<EntityMention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            var at = m.Span.Start;
            if (at < 3 || text[at - 1] is not ('-' or '‐')) continue;
            var start = at - 1;
            while (start > 0 && char.IsLetter(text[start - 1]) && at - start <= 4) start--;
            if (!ParticleNames.IsArticle(text[start..(at - 1)]) || start > 0 && char.IsLetterOrDigit(text[start - 1])) continue;
            // "Al-Monitor" read as "Al" and "Monitor": the article alone is no name, and the two are one.
            if (k > 0 && mentions[k - 1].Span == new TextSpan(start, at - 1) && mentions[k - 1].KbId is null)
            {
                mentions.RemoveAt(k - 1);
                k--;
            }
            if (k > 0 && mentions[k - 1].Span.End > start) continue;
            mentions[k] = m with { Span = new TextSpan(start, m.Span.End), Text = text[start..m.Span.End] };
        }
    }

    /// <summary>"Coimbatore and Mangalore": a lone capitalised word joined by "and"/"or" to a place mention, not itself a mention.</summary>
    public static void FindCoordinatedPlaces(string text, List<EntityMention> mentions)
    {
        var added = new List<EntityMention>();
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Type is not (EntityType.Location or EntityType.Government)) continue;
            var pos = m.Span.End;
            var rest = text.AsSpan(pos);
            var conj = rest.StartsWith(" and ") ? 5 : rest.StartsWith(" or ") ? 4 : 0;
            if (conj == 0) continue;
            var start = pos + conj;
            var end = start;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            if (end - start < 3 || !char.IsUpper(text[start]) || k + 1 < mentions.Count && mentions[k + 1].Span.Start < end) continue;
            added.Add(new EntityMention(new TextSpan(start, end), text[start..end], EntityType.Location, 0.5));
        }
        mentions.AddRange(added);
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    private static bool IsNameWord(ReadOnlySpan<char> t) => t.Length > 1 && char.IsUpper(t[0]) && (t.Length < 2 || !char.IsUpper(t[1]) || t.Length > 4);
}
