namespace Nexus.Text.Tagging;

/// <summary>
/// Lemmas from a (lower-cased form, Penn tag) dictionary learnt from the treebank and English suffix rules
/// for words never seen. Seen words return a shared string, so only unseen words allocate their lemma.
/// </summary>
public sealed class Lemmatizer
{
    private readonly Dictionary<string, string> _exceptions;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Lemmatizer(Dictionary<string, string> exceptions)
    {
        _exceptions = exceptions;
        _lookup = exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _exceptions.Count;

    public static string Key(ReadOnlySpan<char> lower, string xpos) => string.Concat(lower, "\u0001", xpos);

    public string Lemmatize(ReadOnlySpan<char> form, string upos, string xpos)
    {
        Span<char> key = stackalloc char[Math.Min(form.Length, 200) + xpos.Length + 1];
        var lower = key[..Math.Min(form.Length, 200)];
        form[..lower.Length].ToLowerInvariant(lower);
        key[lower.Length] = '\u0001';
        xpos.AsSpan().CopyTo(key[(lower.Length + 1)..]);
        if (_lookup.TryGetValue(key, out var known)) return known;
        return ByRule(form, upos, xpos);
    }

    /// <summary>The rule lemma: proper nouns keep their case, inflected forms lose their suffix, the rest is lower-cased.</summary>
    public static string ByRule(ReadOnlySpan<char> form, string upos, string xpos)
    {
        if (xpos == "NNP" || upos == "PROPN" && xpos != "NNPS") return form.ToString();
        var lower = form.ToString().ToLowerInvariant();
        return xpos switch
        {
            "NNS" or "VBZ" or "NNPS" => StripPlural(xpos == "NNPS" ? form.ToString() : lower),
            "VBD" or "VBN" => StripPast(lower),
            "VBG" => lower.EndsWith("ing", StringComparison.Ordinal) && lower.Length > 5 ? lower[..^3] : lower,
            "JJR" or "RBR" => lower.EndsWith("er", StringComparison.Ordinal) && lower.Length > 4 ? lower[..^2] : lower,
            "JJS" or "RBS" => lower.EndsWith("est", StringComparison.Ordinal) && lower.Length > 5 ? lower[..^3] : lower,
            _ => lower,
        };
    }

    /// <summary>"carried" -> carry, "planned" -> plan, "seized" -> seize, "attacked" -> attack.</summary>
    private static string StripPast(string w)
    {
        if (w.Length < 4 || !w.EndsWith("ed", StringComparison.Ordinal)) return w;
        if (w.EndsWith("ied", StringComparison.Ordinal)) return w[..^3] + "y";
        var stem = w[..^2];
        var last = stem[^1];
        if (stem.Length >= 3 && last == stem[^2] && last is not ('l' or 's' or 'z' or 'f')) return stem[..^1];
        if (last is 'z' or 'v' or 'c' or 'u' || last == 's' && stem.Length >= 2 && "aeiou".Contains(stem[^2])) return stem + "e";
        return stem;
    }

    private static string StripPlural(string w)
    {
        if (w.Length <= 3 || !w.EndsWith('s') || w.EndsWith("ss", StringComparison.Ordinal)) return w;
        if (w.EndsWith("ies", StringComparison.Ordinal)) return w[..^3] + "y";
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)
            || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)) return w[..^2];
        return w[..^1];
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_exceptions.Count);
        foreach (var (key, lemma) in _exceptions.OrderBy(e => e.Key, StringComparer.Ordinal)) { writer.Write(key); writer.Write(lemma); }
    }

    public static Lemmatizer Read(BinaryReader reader)
    {
        var n = reader.ReadInt32();
        var map = new Dictionary<string, string>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++) map[reader.ReadString()] = reader.ReadString();
        return new Lemmatizer(map);
    }

    /// <summary>Learns the most frequent lemma of each (form, tag); proper nouns are left to the rules (they keep their case).</summary>
    public static Lemmatizer Learn(IEnumerable<(string Form, string Upos, string Xpos, string Lemma)> words)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var sample = new Dictionary<string, (string Form, string Upos, string Xpos)>(StringComparer.Ordinal);
        foreach (var (form, upos, xpos, lemma) in words)
        {
            var key = Key(form.ToLowerInvariant(), xpos);
            if (!counts.TryGetValue(key, out var byLemma)) counts[key] = byLemma = new(StringComparer.Ordinal);
            byLemma[lemma] = byLemma.GetValueOrDefault(lemma) + 1;
            sample.TryAdd(key, (form, upos, xpos));
        }
        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, byLemma) in counts)
        {
            var best = byLemma.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).First().Key;
            var (form, upos, xpos) = sample[key];
            if (xpos != "NNP") exceptions[key] = string.Intern(best);
        }
        return new Lemmatizer(exceptions);
    }
}
