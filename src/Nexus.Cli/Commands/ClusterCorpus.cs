using System.Text.Json;
using Nexus.Text.Analysis;
using Nexus.Text.IO;
using Nexus.Text.Tokenization;

namespace Nexus.Cli.Commands;

/// <summary>
/// The unlabelled text the word clusters learn from: only corpora whose licence allows shipping a derived model
/// (shared/data/README.md), labels ignored. UD EWT train, Wikigold, BTC, WNUT-17 train, the openly licensed re3d
/// sources and the PLOVER gold-standard records; never EWT dev or test, CoNLL-2003, GUM, re3d's BBC part or the UN list.
/// </summary>
internal static class ClusterCorpus
{
    public static readonly string[] Re3dSources = ["australian-dfat", "centcom", "uk-government", "us-state-department", "wikipedia"];

    public static List<IReadOnlyList<string>> Load(string dir, Action<string> log)
    {
        var sentences = new List<IReadOnlyList<string>>();
        void Add(string name, IEnumerable<IReadOnlyList<string>> source)
        {
            var before = sentences.Count;
            long words = 0;
            foreach (var s in source) { sentences.Add(s); words += s.Count; }
            log($"{name}: {sentences.Count - before} sentences, {words} words");
        }
        Add("UD EWT train", ConlluReader.ReadFile(Path.Combine(dir, "ud-english-ewt", "en_ewt-ud-train.conllu")).Select(s => (IReadOnlyList<string>)s.Forms));
        Add("Wikigold", Columns(Path.Combine(dir, "ner-wikigold", "wikigold.conll.txt"), ' '));
        foreach (var part in new[] { "a", "b", "e", "f", "g", "h" })
            Add($"BTC {part}", Columns(Path.Combine(dir, "ner-btc", part + ".conll"), '\t'));
        Add("WNUT-17 train", Columns(Path.Combine(dir, "ner-wnut17", "wnut17train.conll"), '\t'));
        Add("re3d (open sources)", Re3dSources.SelectMany(s => Texts(JsonLines(Path.Combine(dir, "re3d", s, "documents.json")), "text")));
        Add("PLOVER gold records", Texts(JsonArray(Path.Combine(dir, "plover", "gold_standard_records", "PLOVER_GSR_CAMEO.txt")), "text"));
        return sentences;
    }

    /// <summary>Token-per-line files (first column), blank lines between sentences, -DOCSTART- lines skipped.</summary>
    private static IEnumerable<IReadOnlyList<string>> Columns(string path, char separator)
    {
        var sentence = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            var token = line.Split(separator)[0].Trim();
            if (token.Length == 0 || token.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (sentence.Count > 0) yield return sentence;
                sentence = [];
                continue;
            }
            sentence.Add(token);
        }
        if (sentence.Count > 0) yield return sentence;
    }

    private static IEnumerable<JsonElement> JsonLines(string path) =>
        File.ReadLines(path).Where(l => l.TrimStart().StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement);

    private static IEnumerable<JsonElement> JsonArray(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateArray();

    /// <summary>The named text field of each record, tokenized and split like EWT.</summary>
    private static IEnumerable<IReadOnlyList<string>> Texts(IEnumerable<JsonElement> records, string field)
    {
        var tokenizer = new EwtTokenizer();
        var splitter = new Nexus.Text.Sentences.EwtSentenceSplitter();
        foreach (var record in records)
        {
            if (!record.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String) continue;
            var text = value.GetString()!;
            var tokens = new List<Token>();
            var sentences = new List<Sentence>();
            tokenizer.Tokenize(text, 0, text.Length, tokens);
            if (tokens.Count == 0) continue;
            splitter.Split(text, tokens, 0, tokens.Count, sentences);
            foreach (var s in sentences)
                yield return [.. Enumerable.Range(s.FirstToken, s.TokenCount).Select(t => text[tokens[t].Start..tokens[t].End])];
        }
    }
}
