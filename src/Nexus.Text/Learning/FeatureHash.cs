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

    // The parts are multiplied by distinct odd constants independently (no dependency chain, so the CPU
    // overlaps them), combined, and finished with one mix: a few cycles per feature on the hot path.
    private const ulong TemplateSalt = 0xD6E8FEB86659FD93UL, A = 0xA0761D6478BD642FUL, B = 0xE7037ED1A0B428DBUL, C = 0x8EBC6AF09C88C6E3UL;

    public static ulong Of(int template, ulong a) => Finish((ulong)template * TemplateSalt ^ a * A);

    public static ulong Of(int template, ulong a, ulong b) => Finish((ulong)template * TemplateSalt ^ a * A ^ (b + 0x9E37) * B);

    public static ulong Of(int template, ulong a, ulong b, ulong c) =>
        Finish((ulong)template * TemplateSalt ^ a * A ^ (b + 0x9E37) * B ^ (c + 0x7F4A) * C);

    private static ulong Finish(ulong h)
    {
        h ^= h >> 32;
        h *= Multiplier;
        return h ^ (h >> 29);
    }

    /// <summary>FNV-1a over UTF-16 code units, then mixed.</summary>
    public static ulong Text(ReadOnlySpan<char> text)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in text) h = (h ^ c) * 0x100000001B3UL;
        return Mix(h, (ulong)text.Length);
    }
}
