namespace Nexus.Text.Learning;

/// <summary>
/// Cheap 64-bit hashing for sparse features: a feature is (template, value, value...) mixed into one
/// number, so no feature string is ever built. Text is hashed straight from spans.
/// </summary>
public static class FeatureHash
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15UL;

    /// <summary>The value used for a position outside the sentence or stack.</summary>
    public const ulong None = 0x51ED270B27A1E3C5UL;

    public static ulong Mix(ulong h, ulong v)
    {
        h = (h ^ v) * Multiplier;
        return h ^ (h >> 29);
    }

    public static ulong Of(int template, ulong a) => Mix(Mix((ulong)template * 0xD6E8FEB86659FD93UL, a), 0x1234567);

    public static ulong Of(int template, ulong a, ulong b) => Mix(Mix(Of(template, a), b), 0x89ABCDE);

    public static ulong Of(int template, ulong a, ulong b, ulong c) => Mix(Mix(Of(template, a, b), c), 0x7654321);

    /// <summary>FNV-1a over UTF-16 code units, then mixed; optionally lower-cased on the fly.</summary>
    public static ulong Text(ReadOnlySpan<char> text, bool lower = false)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var ch in text)
        {
            var c = lower ? char.ToLowerInvariant(ch) : ch;
            h = (h ^ c) * 0x100000001B3UL;
        }
        return Mix(h, (ulong)text.Length);
    }
}
