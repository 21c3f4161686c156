using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Entities.Ner;
using Nexus.Extraction.KnowledgeBase;
using Nexus.Extraction.Linking;
using Nexus.Text.Analysis;

namespace Nexus.Extraction.Entities;

/// <summary>
/// The recognizer: knowledge-base names, the statistical NER's spans and lower-case group descriptors,
/// merged so that no two mentions overlap (the longer wins; on a tie, the KB). NER-only spans in headline-case
/// lines are dropped (headings capitalise every word), as are NER MISC spans with no head-noun cue. A spelled-out
/// number opening a span ("Seven Taliban") is no part of the name, and a rank inside a span ("US Army Col. Myles
/// Caggins") starts the person's name. The NER's labels
/// are made consistent across the article first (<see cref="NerDocumentConsistency"/>).
/// </summary>
public sealed class HybridEntityRecognizer(KnowledgeBaseIndex kb, NerModel? ner) : IEntityRecognizer
{
    private readonly DescriptorRecognizer _descriptors = new(kb);

    public IReadOnlyList<EntityMention> Recognize(AnalyzedText text)
    {
        var candidates = new List<EntityMention>();
        var prepared = new List<(NerSentence S, List<KbSpanMatcher.Match> Matches, string[]? Ner)>();
        foreach (var sentence in text.Sentences)
        {
            if (sentence.TokenCount == 0) continue;
            var plain = NerSentence.Of(text, sentence);
            var matches = KbSpanMatcher.Find(plain, kb);
            var upos = text.Upos?[sentence.FirstToken..sentence.EndToken];
            var s = new NerSentence(text.Text, plain.Tokens, Tags(matches, plain.Count), upos);
            prepared.Add((s, matches, ner is not null && !NerFeatures.IsTitleCase(s) && !NerSpanFilters.IsFragment(s) ? ner.Predict(s) : null));
        }
        var labelled = prepared.Where(p => p.Ner is not null).ToList();
        NerDocumentConsistency.Apply([.. labelled.Select(p => p.S)], [.. labelled.Select(p => p.Ner!)]);
        foreach (var (s, matches, labels) in prepared)
        {
            foreach (var m in matches)
            {
                candidates.Add(new EntityMention(new TextSpan(m.Start, m.End), text.Text[m.Start..m.End], m.Entry.Type, 1.0, m.Entry.Id));
                if (LongerUnknownName(s, m, matches) is { } longer) candidates.Add(longer);
            }
            if (labels is not null) AddNer(s, labels, matches, candidates);
            _descriptors.Find(s, candidates);
            NamePatterns.FindTitled(s, candidates);
            InitialNames.Find(s, kb, candidates);
            NamePatterns.FindNamedAgreements(s, kb, candidates);
            NamePatterns.FindGroupModifiers(s, kb, candidates);
            PlaceGroupNames.Find(s, kb, candidates);
            PlaceHeadNames.FindLeadingSite(s, candidates);
            PlaceHeadNames.FindAfterNear(s, kb, candidates);
            PlaceHeadNames.Find(s, kb, candidates);
            OutletNames.Find(s, kb, candidates);
        }
        var selected = Select(candidates);
        NamePatterns.FindCoordinatedPlaces(text.Text, selected);
        CoordinatedPersons.Find(text.Text, selected, kb);
        OrganisationSuffixes.Apply(text.Text, selected);
        OfficeComplements.Apply(text.Text, selected);
        HyphenatedCampuses.Apply(text.Text, selected);
        NamePatterns.IncludeArabicArticles(text.Text, selected);
        ParticleNames.Join(text.Text, selected);
        OrdinalUnits.Apply(text.Text, selected);
        NamePatterns.FindAcronymLongForms(text.Text, selected);
        return selected;
    }

    /// <summary>
    /// "Sindhudesh Revolutionary Army": a generic KB group name ("Revolutionary Army") with capitalised words
    /// before it is a longer, unknown name; the whole run becomes a candidate of the same type, not linked.
    /// </summary>
    private EntityMention? LongerUnknownName(NerSentence s, KbSpanMatcher.Match m, List<KbSpanMatcher.Match> matches)
    {
        if (m.Entry.Type is EntityType.Location or EntityType.Government or EntityType.Person || m.EndToken - m.FirstToken < 2) return null;
        var first = m.FirstToken;
        while (first > 0 && first > m.FirstToken - 3)
        {
            var t = s.Token(first - 1);
            if (t.Length < 2 || !char.IsUpper(t[0]) || t is "The" || first - 1 == 0 && t.Length < 4) break;
            var word = t.ToString();
            if (kb.CountryOfDemonym(word) is not null || kb.Find(word) is not null || matches.Any(o => o.EndToken == first)) break;
            first--;
        }
        if (first == m.FirstToken) return null;
        var start = s.Tokens[first].Start;
        return new EntityMention(new TextSpan(start, m.End), s.Text[start..m.End], m.Entry.Type, 0.7);
    }

    private void AddNer(NerSentence s, string[] labels, List<KbSpanMatcher.Match> kbMatches, List<EntityMention> into)
    {
        foreach (var (spanFirst, spanEnd, nerType) in ConllNerReader.Spans(labels))
        {
            var (first, end) = (spanFirst, spanEnd);
            while (first < end && (!LetterCase.StartsUpper(s.Token(first)) || NamePatterns.IsTitle(s.Token(first)) || NerSpanFilters.IsCountWord(s.Token(first)))) first++;
            var titled = NamePatterns.LastInnerTitle(s, first, end);
            if (titled is { } t) first = t + 1; // "US Army Col. Myles Caggins": the name after the rank is the person
            for (var k = first; k < end - 1; k++)
                if (NerSpanFilters.EndOfName(s, k) < s.EndOf(k)) first = k + 1; // "ISI's Khalistan": the owner is its own name
            while (end > first && !LetterCase.StartsUpper(s.Token(end - 1)) && !char.IsDigit(s.Token(end - 1)[0])) end--;
            if (first >= end) continue;
            if (end - first == 1 && kbMatches.Any(m => m.FirstToken == first)) continue; // "ISI–ISKP": the KB found its parts
            var start = s.Tokens[first].Start;
            var stop = NerSpanFilters.EndOfName(s, end - 1);
            EntityType? type = titled is not null ? EntityType.Person : nerType switch
            {
                "PER" => EntityType.Person,
                "LOC" => EntityType.Location,
                "ORG" => GroupTypeOfHead(kbMatches, first, end) ?? TypeCues.GuessOrganisation(s.Text[start..stop]),
                _ => TypeCues.GuessNamed(s.Text[start..stop]),
            };
            if (end < s.Count && NerSpanFilters.IsLanguageCue(s.Token(end))) continue;
            if (nerType != "LOC" && stop == s.EndOf(end - 1) && end < s.Count && (NerSpanFilters.IsEventHead(s.Token(end))
                    || NerSpanFilters.IsAttackEventHead(s.Token(end)) && end - first >= 2 && !kbMatches.Any(m => m.FirstToken < end && m.EndToken > first && m.Entry.Type != EntityType.Location))
                && !(end - first == 1 && kb.CountryOfDemonym(s.Token(first).ToString()) is not null)) // "Afghan accord" names no event
            {
                stop = s.EndOf(end); // "Dabori agreement": a named event
                type = EntityType.Event;
            }
            var surface = s.Text[start..stop];
            if (type is null || NerSpanFilters.IsNotAName(surface, kb)) continue;
            into.Add(new EntityMention(new TextSpan(start, stop), surface, type, 0.6));
        }
    }

    /// <summary>"Provisional IRA", "Real IRA": an organisation name ending in a known group's name is a group of that kind.</summary>
    private static EntityType? GroupTypeOfHead(List<KbSpanMatcher.Match> kbMatches, int first, int end) =>
        kbMatches.FirstOrDefault(m => m.EndToken == end && m.FirstToken > first
            && m.Entry.Type is EntityType.MilitantGroup or EntityType.CriminalGroup or EntityType.PoliticalGroup).Entry?.Type;

    private static string?[] Tags(List<KbSpanMatcher.Match> matches, int count)
    {
        var tags = new string?[count];
        foreach (var m in matches)
        {
            var type = KbSpanMatcher.NerType(m.Entry.Type);
            for (var t = m.FirstToken; t < m.EndToken; t++) tags[t] = (t == m.FirstToken ? "B-" : "I-") + type;
        }
        return tags;
    }

    /// <summary>Longest first, KB before NER on equal length; a character range is claimed once.</summary>
    private static List<EntityMention> Select(List<EntityMention> candidates)
    {
        var chosen = new List<EntityMention>();
        foreach (var c in candidates.OrderByDescending(c => c.Span.End - c.Span.Start).ThenByDescending(c => c.KbId is not null).ThenBy(c => c.Span.Start))
            if (!chosen.Any(o => o.Span.Start < c.Span.End && c.Span.Start < o.Span.End)) chosen.Add(c);
        chosen.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return chosen;
    }
}
