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
/// lines are dropped (headings capitalise every word), as are NER MISC spans with no head-noun cue.
/// </summary>
public sealed class HybridEntityRecognizer(KnowledgeBaseIndex kb, NerModel? ner) : IEntityRecognizer
{
    private readonly DescriptorRecognizer _descriptors = new(kb);

    public IReadOnlyList<EntityMention> Recognize(AnalyzedText text)
    {
        var candidates = new List<EntityMention>();
        foreach (var sentence in text.Sentences)
        {
            if (sentence.TokenCount == 0) continue;
            var ranges = new (int, int)[sentence.TokenCount];
            for (var t = 0; t < ranges.Length; t++)
            {
                var token = text.Tokens[sentence.FirstToken + t];
                ranges[t] = (token.Start, token.Length);
            }
            var plain = new NerSentence(text.Text, ranges);
            var matches = KbSpanMatcher.Find(plain, kb);
            var s = new NerSentence(text.Text, ranges, Tags(matches, ranges.Length));
            foreach (var m in matches)
                candidates.Add(new EntityMention(new TextSpan(m.Start, m.End), text.Text[m.Start..m.End], m.Entry.Type, 1.0, m.Entry.Id));
            if (ner is not null && !NerFeatures.IsTitleCase(s)) AddNer(s, ner.Predict(s), candidates);
            _descriptors.Find(s, candidates);
        }
        return Select(candidates);
    }

    private static void AddNer(NerSentence s, string[] labels, List<EntityMention> into)
    {
        foreach (var (first, end, nerType) in ConllNerReader.Spans(labels))
        {
            var start = s.Tokens[first].Start;
            var (lastStart, lastLength) = s.Tokens[end - 1];
            var stop = lastStart + lastLength;
            var last = s.Text.AsSpan(lastStart, lastLength);
            if (last.Length > 2 && last[^1] == 's' && last[^2] is '\'' or '’') stop -= 2;
            var surface = s.Text[start..stop];
            if (!surface.Any(char.IsUpper) || !char.IsLetterOrDigit(surface[0])) continue;
            EntityType? type = nerType switch
            {
                "PER" => EntityType.Person,
                "LOC" => EntityType.Location,
                "ORG" => TypeCues.GuessOrganisation(surface),
                _ => TypeCues.GuessNamed(surface),
            };
            if (type is null) continue;
            into.Add(new EntityMention(new TextSpan(start, stop), surface, type, 0.6));
        }
    }

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
