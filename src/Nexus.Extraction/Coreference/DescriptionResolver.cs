using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.KnowledgeBase;
using Nexus.Text.Analysis;

namespace Nexus.Extraction.Coreference;

/// <summary>
/// Resolves definite descriptions ("the group", "the terror outfit", "the Pakistani spy agency") and the
/// pronouns "its", "he", "his", "him" to the nearest earlier mention of a compatible type, within a few
/// sentences. A demonym in the description ("Pakistani") must agree with the antecedent's country; an object "him" is
/// never the subject of its own verb.
/// </summary>
public sealed class DescriptionResolver(KnowledgeBaseIndex kb)
{
    private const int MaxSentencesBack = 4;

    private static readonly EntityType[] GroupTypes = [EntityType.MilitantGroup, EntityType.CriminalGroup, EntityType.PoliticalGroup, EntityType.Organization];
    private static readonly EntityType[] ActorTypes = [EntityType.MilitantGroup, EntityType.CriminalGroup, EntityType.PoliticalGroup, EntityType.Organization, EntityType.StateAgency, EntityType.Media];

    private static readonly Dictionary<string, EntityType[]> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        ["group"] = GroupTypes, ["outfit"] = GroupTypes, ["organisation"] = GroupTypes, ["organization"] = GroupTypes,
        ["faction"] = GroupTypes, ["militia"] = GroupTypes, ["network"] = [EntityType.CriminalGroup, EntityType.MilitantGroup],
        ["gang"] = [EntityType.CriminalGroup], ["agency"] = [EntityType.StateAgency], ["service"] = [EntityType.StateAgency],
        ["army"] = [EntityType.StateAgency], ["military"] = [EntityType.StateAgency], ["country"] = [EntityType.Government],
        ["junta"] = [EntityType.Government], ["regime"] = [EntityType.Government], ["cartel"] = [EntityType.CriminalGroup],
    };

    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "terror", "terrorist", "militant", "jihadi", "extremist", "armed", "banned", "outlawed", "proscribed", "same", "spy",
        "intelligence", "insurgent", "separatist", "criminal", "militant's", "notorious", "dreaded", "shadowy", "radical", "global",
    };

    private static readonly HashSet<string> NotAfterHead = new(StringComparer.OrdinalIgnoreCase)
    {
        "leader", "leaders", "member", "members", "chief", "head", "spokesperson", "spokesman", "commander", "of", "which", "that",
    };

    public List<CorefMention> Resolve(AnalyzedText text, IReadOnlyList<(TextSpan Span, EntityType Type, string Country)> mentions)
    {
        var found = new List<CorefMention>();
        for (var i = 0; i < text.Tokens.Length; i++)
        {
            var word = text.TokenText(i);
            if (word is "its" or "Its") Add(i, i + 1, ActorTypes.Append(EntityType.Government).ToArray(), null, 1, false);
            else if (word is "he" or "He" or "his" or "His" or "him") Add(i, i + 1, [EntityType.Person], null, 2, false, word == "him" ? SubjectOfGoverningVerb(text, i) : -1);
            else if (word is "the" or "The" or "this" or "This" or "that") TryDescription(i);
        }
        return found;

        void TryDescription(int det)
        {
            var j = det + 1;
            string? country = null;
            var descriptive = false;
            while (j < text.Tokens.Length && j - det <= 3)
            {
                var w = text.TokenText(j);
                if (Modifiers.Contains(w)) { descriptive |= w is not ("same" or "terror" or "terrorist"); j++; continue; }
                if (char.IsUpper(w[0]) && kb.CountryOfDemonym(w) is { } c) { country = c.Country; descriptive = true; j++; continue; }
                break;
            }
            if (j >= text.Tokens.Length || !Heads.TryGetValue(text.TokenText(j).TrimEnd('s', '’', '\''), out var types)) return;
            var head = text.TokenText(j);
            if (head.EndsWith('s') && !head.EndsWith("’s", StringComparison.Ordinal) && !head.EndsWith("'s", StringComparison.Ordinal)) return; // plural: not one antecedent
            if (j + 1 < text.Tokens.Length && NotAfterHead.Contains(text.TokenText(j + 1))) return;
            if (text.Upos is { } upos && upos[j] is not ("NOUN" or "PROPN")) return;
            Add(det, j + 1, types, country, MaxSentencesBack, descriptive || country is not null);
        }

        void Add(int first, int end, EntityType[] types, string? country, int sentencesBack, bool descriptive, int notToken = -1)
        {
            var span = new TextSpan(text.Tokens[first].Start, TrimPossessive(text, end - 1));
            var sentence = text.SentenceOf(first);
            for (var k = mentions.Count - 1; k >= 0; k--)
            {
                var m = mentions[k];
                if (m.Span.Start < span.End && span.Start < m.Span.End) return; // part of a name, not a description
                if (m.Span.End > span.Start) continue;
                var ms = SentenceAt(text, m.Span.Start);
                if (ms >= 0 && sentence - ms > sentencesBack) return;
                if (!types.Contains(m.Type) || country is not null && m.Country != country) continue;
                if (notToken >= 0 && m.Span.Start <= text.Tokens[notToken].Start && text.Tokens[notToken].Start < m.Span.End) continue;
                found.Add(new CorefMention(span, k, descriptive));
                return;
            }
        }
    }

    /// <summary>
    /// "X had kidnapped him": an object pronoun is not the subject of its own verb, so that subject (a token index) is
    /// no antecedent; -1 without a parse or a subject.
    /// </summary>
    private static int SubjectOfGoverningVerb(AnalyzedText text, int pronoun)
    {
        if (text.Heads is not { } heads || text.Relations is not { } rels || rels[pronoun] is not ("obj" or "iobj")) return -1;
        var verb = heads[pronoun];
        if (verb < 0) return -1;
        for (var t = 0; t < heads.Length; t++)
            if (heads[t] == verb && rels[t] is "nsubj") return t;
        return -1;
    }

    private static int TrimPossessive(AnalyzedText text, int token)
    {
        var t = text.Tokens[token];
        var s = t.In(text.Text);
        return s.Length > 2 && s[^1] == 's' && s[^2] is '\'' or '’' ? t.End - 2 : t.End;
    }

    private static int SentenceAt(AnalyzedText text, int offset)
    {
        int lo = 0, hi = text.Sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (text.Sentences[mid].End <= offset) lo = mid + 1;
            else if (text.Sentences[mid].Start > offset) hi = mid - 1;
            else return mid;
        }
        return -1;
    }
}
