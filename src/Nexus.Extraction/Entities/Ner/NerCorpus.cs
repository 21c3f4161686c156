using Nexus.Extraction.KnowledgeBase;
using Nexus.Text.Analysis;

namespace Nexus.Extraction.Entities.Ner;

/// <summary>
/// The NER's training and development sets, all licence-allowed: Wikigold (CC BY 4.0), Broad Twitter Corpus
/// (CC BY 4.0) and WNUT-17 train (CC BY 4.0) to train, then UD EWT train (CC BY-SA 4.0) silver-labelled; UNER English-EWT
/// dev (CC BY-SA 4.0) to pick the epoch.
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

    /// <summary>UD English EWT train (CC BY-SA 4.0): gold POS, no entities; silver-labelled by <see cref="NerSilver"/>.</summary>
    public static string SilverFile(string data) => Path.Combine(data, "ud-english-ewt", "en_ewt-ud-train.conllu");

    public static string DevFile(string data) => Path.Combine(data, "uner-english-ewt", "en_ewt-ud-dev.iob2");

    /// <summary>Reads the files, adding KB tags and, when an analyzer is given, the tagger's UPOS for each sentence.</summary>
    public static List<(NerSentence Sentence, string[] Labels)> Load(IEnumerable<string> files, KnowledgeBaseIndex kb, NlpTextAnalyzer? tagger = null)
    {
        var result = new List<(NerSentence, string[])>();
        foreach (var file in files)
            foreach (var (tokens, labels) in ConllNerReader.ReadFile(file))
                result.Add((Sentence(tokens, kb, tagger), labels));
        return result;
    }

    /// <summary>Reads one file as <see cref="Load"/> does, its sentences grouped by document.</summary>
    public static List<List<(NerSentence Sentence, string[] Labels)>> LoadDocuments(string file, KnowledgeBaseIndex kb, NlpTextAnalyzer? tagger = null) =>
        ConllNerReader.ReadDocuments(file).Select(d => d.Select(p => (Sentence(p.Tokens, kb, tagger), p.Labels)).ToList()).ToList();

    internal static NerSentence Sentence(List<string> tokens, KnowledgeBaseIndex kb, NlpTextAnalyzer? tagger)
    {
        var plain = NerSentence.FromTokens(tokens);
        return new NerSentence(plain.Text, plain.Tokens, KbSpanMatcher.Tags(plain, kb), Tag(plain, tagger));
    }

    /// <summary>
    /// Training sets, each file read as <see cref="Load"/> does; in a file that annotates no MISC at all (BTC),
    /// an O on a nationality word is not evidence that it is no entity, so its label becomes
    /// <see cref="Unknown"/> and the trainer does not learn from that token.
    /// </summary>
    public static List<(NerSentence Sentence, string[] Labels)> LoadTraining(IEnumerable<string> files, KnowledgeBaseIndex kb, NlpTextAnalyzer? tagger, NerLexicon lexicon)
    {
        var result = new List<(NerSentence, string[])>();
        foreach (var file in files)
        {
            var sentences = Load([file], kb, tagger);
            var tags = sentences.Select(p => lexicon.Tag(p.Sentence)).ToArray();
            var annotatesNationalities = sentences.Where((p, s) => p.Labels.Where((l, i) => l == "B-MISC" && (tags[s][i] & NerLexicon.Nationality) != 0).Any()).Count() >= 10;
            if (!annotatesNationalities)
                for (var s = 0; s < sentences.Count; s++)
                {
                    var labels = sentences[s].Labels;
                    for (var i = 0; i < labels.Length; i++)
                        if (labels[i] == "O" && (tags[s][i] & NerLexicon.Nationality) != 0) labels[i] = char.IsUpper(sentences[s].Sentence.Token(i)[0]) && (i == 0 || labels[i - 1] == "O") ? "B-MISC" : Unknown;
                    NationalitiesAsMisc(labels, tags[s]);
                }
            foreach (var (sentence, labels) in sentences) NerTitles.StripFromPeople(sentence, labels);
            result.AddRange(sentences);
        }
        return result;
    }

    /// <summary>
    /// A location span made only of nationality words ("Iraqi", "Russian": BTC's convention) becomes MISC, as Wikigold
    /// and CoNLL label them and as UNER leaves them out of its types.
    /// </summary>
    public static void NationalitiesAsMisc(string[] labels, byte[] lexicon)
    {
        foreach (var (start, end, type) in ConllNerReader.Spans(labels))
        {
            if (type != "LOC") continue;
            var all = true;
            for (var i = start; i < end && all; i++) all = (lexicon[i] & NerLexicon.Nationality) != 0;
            if (!all) continue;
            for (var i = start; i < end; i++) labels[i] = (i == start ? "B-" : "I-") + "MISC";
        }
    }

    /// <summary>The label of a token whose class the corpus does not say.</summary>
    public const string Unknown = "?";

    private static string[]? Tag(NerSentence s, NlpTextAnalyzer? tagger)
    {
        if (tagger is null) return null;
        var tokens = s.Tokens.Select(t => new Token(t.Start, t.Start + t.Length)).ToArray();
        return tagger.AnalyzeTokens(s.Text, tokens, [new Sentence(0, tokens.Length, 0, s.Text.Length)]).Upos;
    }
}
