using Nexus.Extraction.Entities;

namespace Nexus.Extraction.Linking;

/// <summary>Strips what is not part of a name: titles ("General", "Dr.", "Prime Minister"), a possessive, brackets.</summary>
public static class NameForms
{
    private static readonly string[] Titles =
    [
        "Prime Minister", "Chief Minister", "Foreign Minister", "Home Minister", "Defence Minister", "Defense Minister", "Interior Minister",
        "President", "Vice President", "Minister", "Secretary", "General", "Gen.", "Gen", "Lt. Gen.", "Lt Gen", "Major General", "Brigadier",
        "Colonel", "Col.", "Major", "Maj.", "Captain", "Capt.", "Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Prof.", "Prof",
        "Chairman", "Chief", "Field Marshal", "Marshal", "Senator", "Justice", "Judge", "Sheikh", "Maulana", "Mullah", "Commander",
    ];

    public static string StripTitles(string name)
    {
        var s = name.Trim();
        bool changed;
        do
        {
            changed = false;
            foreach (var title in Titles)
                if (s.Length > title.Length + 1 && s.StartsWith(title, StringComparison.Ordinal) && s[title.Length] == ' ')
                {
                    s = s[(title.Length + 1)..].TrimStart();
                    changed = true;
                }
        }
        while (changed);
        return StripPossessive(s);
    }

    public static string StripPossessive(string s) =>
        s.Length > 2 && s[^1] == 's' && s[^2] is '\'' or '’' ? s[..^2] : s;

    /// <summary>Capitalised words of a name, for matching short forms ("Munir" of "Asim Munir", "al-Sharaa" of "Ahmed al-Sharaa").</summary>
    public static IEnumerable<string> NameWords(string name) =>
        StripTitles(name).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2 && (char.IsUpper(w[0]) || ParticleNames.StartsWithArticle(w)));
}
