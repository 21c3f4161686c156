namespace Nexus.Extraction.Entities.Ner;

/// <summary>
/// One name, one label per document: the NER's spans over all sentences of an article vote on each name's type
/// (a span outvoted by other spans of the same words takes their type); a capitalised name left unlabelled where
/// it recurs gets the type it has elsewhere, and so does the last word of a person's name ("Alexander Lebed" ...
/// "Lebed"), unless the words there are part of a longer capitalised run.
/// </summary>
public static class NerDocumentConsistency
{
    public static void Apply(IReadOnlyList<NerSentence> sentences, IReadOnlyList<string[]> labels)
    {
        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
            foreach (var (start, end, type) in ConllNerReader.Spans(labels[s]))
            {
                var key = Key(sentences[s], start, end);
                if (!votes.TryGetValue(key, out var byType)) votes[key] = byType = new Dictionary<string, int>(StringComparer.Ordinal);
                byType[type] = byType.GetValueOrDefault(type) + 1;
                if (type == "PER" && end - start >= 2) surnames.Add(sentences[s].Token(end - 1).ToString());
            }
        if (votes.Count == 0) return;
        var majority = votes.ToDictionary(v => v.Key, v => v.Value.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First(), StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
            foreach (var (start, end, type) in ConllNerReader.Spans(labels[s]))
            {
                var key = Key(sentences[s], start, end);
                var (best, count) = majority[key];
                if (best == type || count <= votes[key][type]) continue;
                for (var i = start; i < end; i++) labels[s][i] = labels[s][i][..2] + best;
            }
        var fill = majority.ToDictionary(p => p.Key, p => p.Value.Key, StringComparer.Ordinal);
        foreach (var surname in surnames) fill.TryAdd(surname, "PER");
        var byFirstWord = fill.Keys.Where(k => char.IsUpper(k[0])).GroupBy(k => k.Split(' ')[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(k => k.Length).ToArray(), StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
            Fill(sentences[s], labels[s], fill, byFirstWord);
    }

    private static void Fill(NerSentence sentence, string[] labels, Dictionary<string, string> fill, Dictionary<string, string[]> byFirstWord)
    {
        for (var i = 0; i < sentence.Count; i++)
        {
            if (labels[i] != "O" || !byFirstWord.TryGetValue(sentence.Token(i).ToString(), out var keys)) continue;
            foreach (var key in keys)
            {
                var n = key.Count(c => c == ' ') + 1;
                if (i + n > sentence.Count || Key(sentence, i, i + n) != key) continue;
                if (!AllOutside(labels, i, i + n) || i + n < sentence.Count && labels[i + n].StartsWith("I-", StringComparison.Ordinal)) continue;
                if (i > 1 && labels[i - 1] == "O" && LetterCase.StartsUpper(sentence.Token(i - 1))) continue;
                if (i + n < sentence.Count && LetterCase.StartsUpper(sentence.Token(i + n))) continue;
                var type = fill[key];
                for (var j = i; j < i + n; j++) labels[j] = (j == i ? "B-" : "I-") + type;
                i += n - 1;
                break;
            }
        }
    }

    private static bool AllOutside(string[] labels, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (labels[i] != "O") return false;
        return true;
    }

    private static string Key(NerSentence s, int start, int end) =>
        string.Join(' ', Enumerable.Range(start, end - start).Select(i => s.Token(i).ToString()));
}
