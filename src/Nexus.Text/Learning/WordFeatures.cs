namespace Nexus.Text.Learning;

/// <summary>The hashed surface properties of one token, computed once per token from its span and shared by the tagger and parser.</summary>
public struct WordFeatures
{
    public ulong Form;
    public ulong Lower;
    public ulong Suffix1, Suffix2, Suffix3, Suffix4;
    public ulong Prefix1, Prefix2, Prefix3;
    public ulong Shape;

    /// <summary>The set of tags the word had in training (filled by the tagger's dictionary), or <see cref="FeatureHash.None"/>.</summary>
    public ulong Ambiguity;

    /// <summary>The word's cluster code from unlabelled text (filled by the tagger's <see cref="WordClusters"/>; 0 unknown).</summary>
    public ulong Cluster;

    public static readonly WordFeatures Padding = Pad();

    public static WordFeatures Of(ReadOnlySpan<char> word)
    {
        if (word.Length > 64) word = word[..64]; // longer "words" (URLs, base64) gain nothing from more characters
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        var f = new WordFeatures
        {
            Form = FeatureHash.Text(word),
            Lower = FeatureHash.Text(lower),
            Suffix1 = FeatureHash.Text(lower[Math.Max(0, lower.Length - 1)..]),
            Suffix2 = FeatureHash.Text(lower[Math.Max(0, lower.Length - 2)..]),
            Suffix3 = FeatureHash.Text(lower[Math.Max(0, lower.Length - 3)..]),
            Suffix4 = FeatureHash.Text(lower[Math.Max(0, lower.Length - 4)..]),
            Prefix1 = FeatureHash.Text(word[..Math.Min(1, word.Length)]),
            Prefix2 = FeatureHash.Text(lower[..Math.Min(2, lower.Length)]),
            Prefix3 = FeatureHash.Text(lower[..Math.Min(3, lower.Length)]),
            Shape = ShapeOf(word),
            Ambiguity = FeatureHash.None,
        };
        return f;
    }

    /// <summary>"Xxxx-dd" style shape with runs collapsed beyond two, hashed; plus length bucket.</summary>
    private static ulong ShapeOf(ReadOnlySpan<char> word)
    {
        var h = 0xCBF29CE484222325UL;
        char prev = '\0';
        var run = 0;
        foreach (var ch in word)
        {
            var c = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            run = c == prev ? run + 1 : 0;
            prev = c;
            if (run >= 2) continue;
            h = (h ^ c) * 0x100000001B3UL;
        }
        return FeatureHash.Mix(h, (ulong)Math.Min(word.Length, 8));
    }

    private static WordFeatures Pad()
    {
        const ulong n = FeatureHash.None;
        return new WordFeatures { Form = n, Lower = n, Suffix1 = n, Suffix2 = n, Suffix3 = n, Suffix4 = n, Prefix1 = n, Prefix2 = n, Prefix3 = n, Shape = n, Ambiguity = n, Cluster = n };
    }
}
