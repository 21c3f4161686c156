using Nexus.Extraction.Entities.Ner;
using Nexus.Extraction.KnowledgeBase;
using Nexus.Text.Analysis;

namespace Nexus.Benchmarks.Pipeline;

/// <summary>The per-sentence inputs the recognizer builds (plain tokens, and tokens with KB tags and POS), for timing its parts alone.</summary>
internal static class RecognizerInputs
{
    public static Func<AnalyzedText, IEnumerable<(NerSentence Plain, NerSentence Tagged)>> Sentences(KnowledgeBaseIndex kb) => text => Of(text, kb);

    private static IEnumerable<(NerSentence, NerSentence)> Of(AnalyzedText text, KnowledgeBaseIndex kb)
    {
        foreach (var sentence in text.Sentences)
        {
            if (sentence.TokenCount == 0) continue;
            var plain = NerSentence.Of(text, sentence);
            yield return (plain, new NerSentence(text.Text, plain.Tokens, KbSpanMatcher.Tags(plain, kb), text.Upos?[sentence.FirstToken..sentence.EndToken]));
        }
    }
}
