using Nexus.Extraction.KnowledgeBase;
using Nexus.Text.IO;

namespace Nexus.Extraction.Entities.Ner;

/// <summary>
/// Silver NER labels for a treebank with gold part-of-speech tags but no entities (UD English EWT train): a first
/// model's entity spans are kept when they contain a proper noun; proper nouns it leaves out are typed by the
/// lexicon when a whole run of them is one lexicon name, and are otherwise <see cref="NerCorpus.Unknown"/>; an
/// entity the model finds on no proper noun is unknown too. Every other token is O: the treebank's in-domain text
/// teaches what is not a name.
/// </summary>
public static class NerSilver
{
    public static List<(NerSentence Sentence, string[] Labels)> Label(IEnumerable<ConlluSentence> treebank, NerModel model, KnowledgeBaseIndex kb)
    {
        var result = new List<(NerSentence, string[])>();
        foreach (var ud in treebank)
        {
            var plain = NerSentence.FromTokens(ud.Forms);
            var sentence = new NerSentence(plain.Text, plain.Tokens, KbSpanMatcher.Tags(plain, kb), ud.Upos);
            result.Add((sentence, Label(sentence, model.Predict(sentence), model.Lexicon.Tag(sentence))));
        }
        return result;
    }

    /// <summary>The silver labels of one sentence given the first model's labels and the lexicon's codes.</summary>
    public static string[] Label(NerSentence sentence, string[] predicted, byte[] lexicon)
    {
        var upos = sentence.Upos ?? throw new ArgumentException("silver labels need part-of-speech tags", nameof(sentence));
        var labels = new string[sentence.Count];
        for (var i = 0; i < labels.Length; i++) labels[i] = IsName(upos[i]) ? NerCorpus.Unknown : "O";
        var covered = new bool[sentence.Count];
        foreach (var (start, end, _) in ConllNerReader.Spans(predicted))
        {
            var named = false;
            for (var i = start; i < end; i++) named |= IsName(upos[i]);
            for (var i = start; i < end; i++)
            {
                labels[i] = named ? predicted[i] : NerCorpus.Unknown;
                covered[i] = true;
            }
        }
        var k = 0;
        while (k < labels.Length)
        {
            if (covered[k] || !IsName(upos[k])) { k++; continue; }
            var end = k + 1;
            while (end < labels.Length && !covered[end] && IsName(upos[end])) end++;
            if (LexiconType(lexicon, k, end) is { } type)
                for (var i = k; i < end; i++) labels[i] = (i == k ? "B-" : "I-") + type;
            k = end;
        }
        NerTitles.StripFromPeople(sentence, labels);
        return labels;
    }

    private static bool IsName(string upos) => upos == "PROPN";

    /// <summary>The type of a lexicon name that spans exactly [start, end), if any.</summary>
    private static string? LexiconType(byte[] lexicon, int start, int end)
    {
        var lower = true;
        for (var i = start; i < end; i++) lower &= (lexicon[i] & NerLexicon.LowerPlace) != 0;
        if (lower && (end == lexicon.Length || (lexicon[end] & NerLexicon.LowerPlace) == 0)) return "LOC";
        const byte types = NerLexicon.Loc | NerLexicon.Org | NerLexicon.Per;
        var type = lexicon[start] & types;
        if ((lexicon[start] & NerLexicon.Begin) == 0 || type is not (NerLexicon.Loc or NerLexicon.Org or NerLexicon.Per)) return null;
        for (var i = start + 1; i < end; i++)
            if ((lexicon[i] & types) != type || (lexicon[i] & NerLexicon.Begin) != 0) return null;
        if (end < lexicon.Length && (lexicon[end] & types) == type && (lexicon[end] & NerLexicon.Begin) == 0) return null;
        return type switch { NerLexicon.Loc => "LOC", NerLexicon.Org => "ORG", _ => "PER" };
    }
}
