namespace Nexus.Ingestion.Dedup;

/// <summary>
/// Turns text into the 64-bit hashes of its word shingles (runs of <c>size</c> consecutive words).
/// Words are letter/digit runs, lower-cased, with apostrophes dropped, so a syndicated copy that
/// swaps curly for straight quotes or changes case and punctuation still yields the same shingles.
/// </summary>
internal static class ShingleHasher
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>
    /// The hash of every shingle in order (a repeated shingle repeats: MinHash takes minima, so
    /// duplicates cost a little time but change nothing, and skipping a set saves allocation).
    /// A text shorter than one shingle yields one shingle of all its words.
    /// </summary>
    public static ulong[] Hash(ReadOnlySpan<char> text, int size)
    {
        var words = WordHashes(text);
        if (words.Count == 0) return [];
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words);
        if (span.Length < size) return [Combine(span)];
        var shingles = new ulong[span.Length - size + 1];
        for (var i = 0; i < shingles.Length; i++)
            shingles[i] = Combine(span.Slice(i, size));
        return shingles;
    }

    private static List<ulong> WordHashes(ReadOnlySpan<char> text)
    {
        var words = new List<ulong>(text.Length / 6 + 1);
        var hash = FnvOffset;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * FnvPrime;
                inWord = true;
            }
            else if (inWord && IsApostrophe(c))
            {
                // "ISI's" and "ISI’s" are the same word: skip the apostrophe, stay in the word.
            }
            else if (inWord)
            {
                words.Add(Mix(hash));
                hash = FnvOffset;
                inWord = false;
            }
        }
        if (inWord) words.Add(Mix(hash));
        return words;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    private static ulong Combine(ReadOnlySpan<ulong> words)
    {
        var h = 0x9E3779B97F4A7C15UL;
        foreach (var w in words) h = Mix(h ^ w) + 0x632BE59BD9B4E019UL;
        return h;
    }

    /// <summary>SplitMix64 finaliser: a fast, well-distributed 64-bit mix.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
