using Nexus.Extraction.KnowledgeBase;
using Nexus.Text.Analysis;

namespace Nexus.Extraction.Entities.Ner;

/// <summary>
/// Training copies with place names written in lower case ("kerala", "florida"), as web text often has them: the
/// corpora hold too few for the lexicon's <see cref="NerLexicon.LowerPlace"/> code to be learnt. Every
/// <see cref="Every"/>-th sentence with a LOC span that is a major place name is copied with that span lower-cased.
/// </summary>
public static class NerLowerCasePlaces
{
    public const int Every = 3;

    public static List<(NerSentence Sentence, string[] Labels)> Copies(IReadOnlyList<(NerSentence Sentence, string[] Labels)> train, KnowledgeBaseIndex kb, NlpTextAnalyzer? tagger, NerLexicon lexicon)
    {
        var result = new List<(NerSentence, string[])>();
        var seen = 0;
        foreach (var (sentence, labels) in train)
        {
            var tokens = Enumerable.Range(0, sentence.Count).Select(i => sentence.Token(i).ToString()).ToList();
            var changed = false;
            foreach (var (start, end, type) in ConllNerReader.Spans(labels))
            {
                if (type != "LOC" || !char.IsUpper(tokens[start][0])) continue;
                var lowered = tokens.ToList();
                for (var i = start; i < end; i++) lowered[i] = lowered[i].ToLowerInvariant();
                var tags = lexicon.Tag(NerSentence.FromTokens(lowered));
                var all = true;
                for (var i = start; i < end && all; i++) all = (tags[i] & NerLexicon.LowerPlace) != 0;
                if (!all) continue;
                tokens = lowered;
                changed = true;
            }
            if (changed && seen++ % Every == 0) result.Add((NerCorpus.Sentence(tokens, kb, tagger), labels));
        }
        return result;
    }
}
