namespace Nexus.Extraction.Entities.Ner;

/// <summary>
/// Reads CoNLL-style NER files: CoNLL-2003 (token … IOB1 tag), Wikigold, BTC and WNUT-17 (token tag), and
/// UNER (index token IOB2-tag …, with # comments). Tags are mapped to PER/ORG/LOC/MISC and re-coded as IOB2.
/// </summary>
public static class ConllNerReader
{
    public static List<(List<string> Tokens, string[] Labels)> ReadFile(string path) => Read(path, []);

    /// <summary>
    /// The file's sentences grouped by document: CoNLL-2003 "-DOCSTART-" lines, or UNER sentence ids
    /// ("# sent_id = DOC-0001") whose document part changes; a file with neither is one document.
    /// </summary>
    public static List<List<(List<string> Tokens, string[] Labels)>> ReadDocuments(string path)
    {
        var starts = new List<int>();
        var sentences = Read(path, starts);
        var documents = new List<List<(List<string>, string[])>>();
        for (var s = 0; s < sentences.Count; s++)
        {
            if (documents.Count == 0 || starts.Contains(s)) documents.Add([]);
            documents[^1].Add(sentences[s]);
        }
        return documents;
    }

    private static List<(List<string> Tokens, string[] Labels)> Read(string path, List<int> documentStarts)
    {
        var sentences = new List<(List<string>, string[])>();
        var tokens = new List<string>();
        var tags = new List<string>();
        string? document = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                documentStarts.Add(sentences.Count);
                continue;
            }
            if (line.StartsWith('#') && tokens.Count == 0 && !line.Contains('\t'))
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal) && line.LastIndexOf('-') is var dash and > 12 && line[12..dash] != document)
                {
                    document = line[12..dash];
                    documentStarts.Add(sentences.Count);
                }
                continue;
            }
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            var tabbed = line.Contains('\t');
            var f = line.Split(tabbed ? '\t' : ' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 2) continue;
            // UNER is tab-separated "index token tag …"; CoNLL-2003 is space-separated "token POS chunk tag",
            // where a number token followed by a chunk tag (I-NP) must not be read as UNER.
            var uner = tabbed && f.Length >= 3 && int.TryParse(f[0], out _) && IsTag(f[2]);
            tokens.Add(uner ? f[1] : f[0]);
            tags.Add(MapType(uner ? f[2] : f[^1]));
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count > 0) sentences.Add(([.. tokens], ToIob2(tags)));
            tokens.Clear();
            tags.Clear();
        }
    }

    private static bool IsTag(string s) => s == "O" || s.Length > 2 && s[1] == '-' && s[0] is 'B' or 'I';

    /// <summary>Maps dataset types onto PER, ORG, LOC, MISC (WNUT's corporation and group are organisations).</summary>
    public static string MapType(string tag)
    {
        if (!IsTag(tag) || tag == "O") return "O";
        if (tag[2..] is "product" or "creative-work") return NerCorpus.Unknown;
        var type = tag[2..].ToLowerInvariant() switch
        {
            "per" or "person" => "PER",
            "org" or "organization" or "organisation" or "corporation" or "group" => "ORG",
            "loc" or "location" or "geo-loc" or "gpe" => "LOC",
            _ => "MISC",
        };
        return tag[..2] + type;
    }

    /// <summary>IOB1 or IOB2 in, IOB2 out: an I-X that does not continue an X starts one.</summary>
    public static string[] ToIob2(IReadOnlyList<string> tags)
    {
        var result = new string[tags.Count];
        for (var i = 0; i < tags.Count; i++)
        {
            var t = tags[i];
            if (t.StartsWith("I-", StringComparison.Ordinal) && (i == 0 || tags[i - 1] == "O" || tags[i - 1][2..] != t[2..])) t = "B-" + t[2..];
            result[i] = t;
        }
        return result;
    }

    /// <summary>Entity spans (start, end exclusive, type) of an IOB2 label sequence.</summary>
    public static List<(int Start, int End, string Type)> Spans(IReadOnlyList<string> labels)
    {
        var spans = new List<(int, int, string)>();
        for (var i = 0; i < labels.Count; i++)
        {
            if (!labels[i].StartsWith("B-", StringComparison.Ordinal)) continue;
            var type = labels[i][2..];
            var end = i + 1;
            while (end < labels.Count && labels[end] == "I-" + type) end++;
            spans.Add((i, end, type));
        }
        return spans;
    }
}
