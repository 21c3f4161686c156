using System.Text;
using Nexus.Core.Entities;

namespace Nexus.Extraction.KnowledgeBase;

/// <summary>
/// The key under which KB names and text surfaces meet: <see cref="NameKey"/> (case, diacritics, dashes,
/// possessives, transliterations) with Arabic/Urdu connective particles dropped, so that
/// "Jaish-i-Mohammed", "Jaish-e-Mohammad" and "Jaish Muhammad" share one key, as do "al-Qaeda" and "Qaida".
/// Span matching asks for a key per candidate word run, so ASCII text takes an allocation-light path
/// (<see cref="AsciiNameKey"/>) that gives exactly what <see cref="Reference"/> gives.
/// </summary>
public static partial class KbKey
{
    private const int FastLimit = 256;

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "e", "i", "ul", "al", "el", "al'", "wal" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleWords = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Of(string name)
    {
        if (name.Length > FastLimit || !AsciiNameKey.Handles(name)) return Reference(name);
        Span<char> buffer = stackalloc char[name.Length];
        var key = AsciiNameKey.Of(buffer[..AsciiNameKey.StripPossessives(name, buffer)], name);
        if (key.IndexOf(' ') < 0) return key;
        if (!HasParticle(key)) return AsciiNameKey.Of(key, key);
        var kept = string.Join(' ', key.Split(' ').Where(w => !Particles.Contains(w)));
        return kept.Length == 0 ? key : AsciiNameKey.Of(kept, kept);
    }

    /// <summary>The general definition (any script), which <see cref="Of"/> follows exactly.</summary>
    public static string Reference(string name)
    {
        var key = NameKey.Of(Possessive().Replace(name, "$1"));
        if (key.IndexOf(' ') < 0) return key;
        var words = key.Split(' ');
        var kept = words.Where(w => !Particles.Contains(w)).ToArray();
        return kept.Length == 0 ? key : NameKey.Of(string.Join(' ', kept));
    }

    private static bool HasParticle(string key)
    {
        foreach (var range in key.AsSpan().Split(' '))
            if (ParticleWords.Contains(key.AsSpan(range))) return true;
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(\w)['’]s\b")]
    private static partial System.Text.RegularExpressions.Regex Possessive();
}
