using Nexus.Core.Entities;

namespace Nexus.Extraction.KnowledgeBase;

/// <summary>
/// The key under which KB names and text surfaces meet: <see cref="NameKey"/> (case, diacritics, dashes,
/// possessives, transliterations) with Arabic/Urdu connective particles dropped, so that
/// "Jaish-i-Mohammed", "Jaish-e-Mohammad" and "Jaish Muhammad" share one key, as do "al-Qaeda" and "Qaida".
/// </summary>
public static partial class KbKey
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "e", "i", "ul", "al", "el", "al'", "wal" };

    public static string Of(string name)
    {
        var key = NameKey.Of(Possessive().Replace(name, "$1"));
        if (key.IndexOf(' ') < 0) return key;
        var words = key.Split(' ');
        var kept = words.Where(w => !Particles.Contains(w)).ToArray();
        return kept.Length == 0 ? key : NameKey.Of(string.Join(' ', kept));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(\w)['’]s\b")]
    private static partial System.Text.RegularExpressions.Regex Possessive();
}
