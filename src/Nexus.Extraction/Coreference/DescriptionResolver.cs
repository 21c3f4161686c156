using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.KnowledgeBase;
using Nexus.Text.Analysis;

namespace Nexus.Extraction.Coreference;

/// <summary>
/// Resolves definite descriptions ("the group", "the terror outfit", "the Pakistani spy agency", "the militants", "the
/// city", "the ministry") and the pronouns "its", "he", "his", "him", "it", "they", "their" to an earlier mention of a
/// compatible type. The long-standing heads take the nearest compatible mention within a few sentences (an armed group
/// before another organisation for "the group"); the heads of <see cref="DescriptionHeads"/> marked strict, the subject
/// pronouns "it" and "they", and any description inside a quotation resolve only when exactly one compatible entity
/// stands in the previous two sentences or the paragraph. A resolved description is itself an antecedent for what
/// follows ("the group … its fighters"). A demonym in the description ("Pakistani") must agree with the antecedent's
/// country; an object "him" is never the subject of its own verb.
/// </summary>
public sealed class DescriptionResolver(KnowledgeBaseIndex kb)
{
    private const int MaxSentencesBack = 4;
    private const int StrictSentencesBack = 2;

    private static readonly EntityType[] ActorTypes = [EntityType.MilitantGroup, EntityType.CriminalGroup, EntityType.PoliticalGroup, EntityType.Organization, EntityType.StateAgency, EntityType.Media, EntityType.Government];
    private static readonly DescriptionHead Its = new(ActorTypes, Strict: false);
    private static readonly DescriptionHead He = new([EntityType.Person], Strict: false);
    private static readonly DescriptionHead It = new(ActorTypes, Strict: true);
    private static readonly DescriptionHead They = new([EntityType.MilitantGroup, EntityType.CriminalGroup], Strict: true);

    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "terror", "terrorist", "militant", "jihadi", "extremist", "armed", "banned", "outlawed", "proscribed", "same", "spy",
        "intelligence", "insurgent", "separatist", "criminal", "militant's", "notorious", "dreaded", "shadowy", "radical", "global",
        "islamist", "jihadist", "rebel", "sunni", "shiite", "shia", "hardline", "marxist", "leftist", "maoist",
    };

    /// <summary>Modifiers that name one organ among several ("the interior ministry"): the antecedent's name must have them.</summary>
    private static readonly HashSet<string> NamingModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "interior", "defence", "defense", "foreign", "home", "federal", "national", "state", "local", "provincial", "military", "secret",
    };

    private static readonly HashSet<string> NotAfterHead = new(StringComparer.OrdinalIgnoreCase)
    {
        "leader", "leaders", "member", "members", "chief", "head", "spokesperson", "spokesman", "commander", "of", "which", "that",
        "officer", "officers", "station", "stations", "chief's", "force", "forces", "council", "hall", "centre", "center", "official", "officials",
    };

    public List<CorefMention> Resolve(AnalyzedText text, IReadOnlyList<CorefCandidate> mentions)
    {
        var pool = mentions.Select((m, k) => (C: m, Root: k)).ToList();
        var subjects = text.Relations is { } subjectRels
            ? Enumerable.Range(0, text.Tokens.Length).Where(t => subjectRels[t] is "nsubj" or "nsubj:pass").Select(t => text.Tokens[t].Start).ToList()
            : [];
        var found = new List<CorefMention>();
        for (var i = 0; i < text.Tokens.Length; i++)
        {
            var word = text.TokenText(i);
            if (word is "its" or "Its") Add(i, i + 1, Its, null, 1, false, null);
            else if (word is "he" or "He" or "his" or "His" or "him") Add(i, i + 1, He, null, 2, false, null, word == "him" ? CorefText.SubjectOfGoverningVerb(text, i) : -1);
            else if (word is "it" or "It" && CorefText.IsSubject(text, i)) AddPronoun(i, It);
            else if (word is "they" or "They" && CorefText.IsSubject(text, i) || word is "their" or "Their") AddPronoun(i, They);
            else if (word is "the" or "The" or "this" or "This" or "that") TryDescription(i);
        }
        return found;

        void TryDescription(int det)
        {
            var j = det + 1;
            string? country = null;
            var descriptive = false;
            var naming = new List<string>();
            while (j < text.Tokens.Length && j - det <= 3)
            {
                var w = text.TokenText(j);
                if (Modifiers.Contains(w)) { descriptive |= w is not ("same" or "terror" or "terrorist"); j++; continue; }
                if (char.IsUpper(w[0]) && kb.CountryOfDemonym(w) is { } c) { country = c.Country; descriptive = true; j++; continue; }
                if (NamingModifiers.Contains(w) && j + 1 < text.Tokens.Length && DescriptionHeads.Of(text.TokenText(j + 1)) is { Strict: true }) { naming.Add(w); descriptive = true; j++; continue; }
                break;
            }
            if (j >= text.Tokens.Length || DescriptionHeads.Of(text.TokenText(j)) is not { } head) return;
            if (j + 1 < text.Tokens.Length && NotAfterHead.Contains(text.TokenText(j + 1)) && !IsVerbOfGerund(j + 1)) return;
            if (text.Upos is { } upos && upos[j] is not ("NOUN" or "PROPN")) return;
            if (IsApposition(j)) return;
            var fits = naming.Count == 0 ? head : head with { Fits = c => (head.Fits is null || head.Fits(c)) && naming.All(n => c.Name.Contains(n, StringComparison.OrdinalIgnoreCase)) };
            // A demonym the recognizer took for a place of its own ("the Somali group") is a modifier here, not a name.
            var modifiers = new TextSpan(text.Tokens[det].End, j > det + 1 ? text.Tokens[j - 1].End : text.Tokens[det].End);
            Add(det, j + 1, fits, country, MaxSentencesBack, descriptive || country is not null, null, modifiers: modifiers, headWord: text.TokenText(j));
        }

        // "accuse the group of smuggling": this "of" belongs to the verb before, not to a "group of" compound.
        bool IsVerbOfGerund(int of) =>
            text.TokenText(of) == "of" && of + 1 < text.Tokens.Length && text.Upos is { } upos && upos[of + 1] == "VERB" && text.TokenText(of + 1).EndsWith("ing", StringComparison.Ordinal);

        // "the capital, Caracas": the name that follows says which one.
        bool IsApposition(int head)
        {
            if (head + 2 >= text.Tokens.Length || text.TokenText(head + 1) != ",") return false;
            var next = text.Tokens[head + 2].Start;
            return pool.Exists(p => p.C.Span.Start == next);
        }

        void AddPronoun(int token, DescriptionHead rule)
        {
            if (CorefText.InQuotation(text.Text, text.Tokens[token].Start)) return; // a speaker's "they" is the speaker's to resolve
            Add(token, token + 1, rule, null, 1, false, CorefText.LatestSubject(text, token));
        }

        void Add(int first, int end, DescriptionHead rule, string? country, int sentencesBack, bool descriptive, int? subject, int notToken = -1, TextSpan modifiers = default, string? headWord = null)
        {
            var span = new TextSpan(text.Tokens[first].Start, CorefText.TrimPossessive(text, end - 1));
            var sentence = text.SentenceOf(first);
            var strict = rule.Strict || CorefText.InQuotation(text.Text, span.Start);
            if (strict) sentencesBack = Math.Min(sentencesBack, StrictSentencesBack);
            var paragraph = text.Text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
            // "the network" after "the gangster network" and another group: a mention or name with the head noun in it comes first.
            var named = headWord is null || strict ? null : CorefText.WithoutPossessive(headWord);
            var at = named is null ? -1 : Find(sentencesBack, named);
            // "X said the group's …", "Y banned X under its law": the latest subject in reach is the topic, before a nearer
            // object; not for people, for an object of a preposition ("supplies weapons to the militia"), or an apposition.
            if (at < 0 && !strict && rule != He && !AfterComma(span.Start) && text.Relations is { } rels && rels[end - 1] is not ("obl" or "nmod"))
                at = Find(sentencesBack, subjectOnly: true);
            if (at < 0) at = Find(sentencesBack);
            // Nothing compatible in reach: "the city" may still name the one town of the article so far.
            if (at == -1 && rule.ArticleWide) at = Find(int.MaxValue);
            if (at < 0) return;
            if (subject is { } s && !IsMentionOf(pool[at].C.Entity, s)) return; // a pronoun continues the latest subject only
            found.Add(new CorefMention(span, pool[at].Root, descriptive));
            var insert = pool.FindIndex(p => p.C.Span.Start > span.Start);
            pool.Insert(insert < 0 ? pool.Count : insert, (pool[at].C with { Span = span }, pool[at].Root));

            // The latest compatible mention in reach (the only compatible entity there when strict): its index, -1 for
            // none, -2 when the description is part of a name or ambiguous.
            int Find(int back, string? nameWord = null, bool subjectOnly = false)
            {
                var at = -1;
                for (var k = pool.Count - 1; k >= 0; k--)
                {
                    var m = pool[k].C;
                    if (m.Span.Start >= modifiers.Start && m.Span.End <= modifiers.End && modifiers.Length > 0) continue;
                    if (m.Span.Start < span.End && span.Start < m.Span.End) return -2; // part of a name, not a description
                    if (m.Span.End > span.Start) continue;
                    var ms = CorefText.SentenceAt(text, m.Span.Start);
                    if (ms >= 0 && sentence - ms > back && !(strict && m.Span.Start >= paragraph)) break;
                    if (!rule.Accepts(m) || country is not null && m.Country != country) continue;
                    if (nameWord is not null && !CorefText.HasWord(m.Words, nameWord) && !CorefText.HasWord(m.Name, nameWord)) continue;
                    if (subjectOnly && !IsSubjectSpan(m.Span)) continue;
                    if (notToken >= 0 && m.Span.Start <= text.Tokens[notToken].Start && text.Tokens[notToken].Start < m.Span.End) continue;
                    if (at < 0) at = k;
                    if (!strict) break;
                    if (m.Entity != pool[at].C.Entity) return -2; // two compatible actors in reach: ambiguous
                }
                return at;
            }
        }

        bool AfterComma(int start)
        {
            var k = start - 1;
            while (k >= 0 && text.Text[k] == ' ') k--;
            return k >= 0 && text.Text[k] == ',';
        }

        bool IsSubjectSpan(TextSpan s)
        {
            var k = subjects.BinarySearch(s.Start);
            if (k < 0) k = ~k;
            return k < subjects.Count && subjects[k] < s.End;
        }

        bool IsMentionOf(int entity, int token) =>
            token >= 0 && pool.Exists(p => p.C.Entity == entity && p.C.Span.Start <= text.Tokens[token].Start && text.Tokens[token].Start < p.C.Span.End);
    }
}
