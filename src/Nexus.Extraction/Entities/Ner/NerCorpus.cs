using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Entities.Ner;

/// <summary>
/// The NER's training and development sets, all licence-allowed: Wikigold (CC BY 4.0), Broad Twitter Corpus
/// (CC BY 4.0) and WNUT-17 train (CC BY 4.0) to train; UNER English-EWT dev (CC BY-SA 4.0) to pick the epoch.
/// CoNLL-2003 is evaluation-only and never read here.
/// </summary>
public static class NerCorpus
{
    public static IEnumerable<string> TrainFiles(string data)
    {
        yield return Path.Combine(data, "ner-wikigold", "wikigold.conll.txt");
        foreach (var f in new[] { "a", "b", "e", "f", "g", "h" }) yield return Path.Combine(data, "ner-btc", f + ".conll");
        yield return Path.Combine(data, "ner-wnut17", "wnut17train.conll");
    }

    public static string DevFile(string data) => Path.Combine(data, "uner-english-ewt", "en_ewt-ud-dev.iob2");

    public static List<(NerSentence Sentence, string[] Labels)> Load(IEnumerable<string> files, KnowledgeBaseIndex kb)
    {
        var result = new List<(NerSentence, string[])>();
        foreach (var file in files)
            foreach (var (tokens, labels) in ConllNerReader.ReadFile(file))
            {
                var plain = NerSentence.FromTokens(tokens);
                result.Add((new NerSentence(plain.Text, plain.Tokens, KbSpanMatcher.Tags(plain, kb)), labels));
            }
        return result;
    }
}
