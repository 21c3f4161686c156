using Nexus.Core.Entities;
using Nexus.Core.Text;

namespace Nexus.Extraction.Entities;

/// <summary>
/// "Ahmed al-Sharaa", "Abu Hafs al-Hashimi al-Qurashi", "Osama bin Laden": Arabic-style personal names whose parts the
/// recognizers propose separately. Adjacent unlinked mentions, one of them a person, are one person's name when the
/// right one opens with an article ("al-", "el-"), the words between them are a particle ("bin", "ibn", "bint", "abu",
/// "abd", "ould"), or the left one ends with such a particle ("Abu", "Ibn").
/// </summary>
public static class ParticleNames
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "bin", "ibn", "bint", "abu", "abd", "ould", "ben" };

    /// <summary>Lower-case particles inside Romance and Germanic names: "María del Carmen Nadal", "Jobanis de Jesús Ávila".</summary>
    private static readonly HashSet<string> InnerParticles = new(StringComparer.Ordinal)
    {
        "de", "del", "de la", "de los", "de las", "da", "das", "do", "dos", "di", "van", "von", "van der", "van den", "von der",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "al", "el", "ad", "ash", "as", "at", "an", "ar", "az" };

    public static void Join(string text, List<EntityMention> mentions)
    {
        for (var k = 0; k + 1 < mentions.Count;)
        {
            var (a, b) = (mentions[k], mentions[k + 1]);
            if (!Joinable(text, a, b))
            {
                k++;
                continue;
            }
            var span = new TextSpan(a.Span.Start, b.Span.End);
            mentions[k] = new EntityMention(span, text[span.Start..span.End], EntityType.Person, Math.Max(a.Score, b.Score));
            mentions.RemoveAt(k + 1);
        }
    }

    private static bool Joinable(string text, EntityMention a, EntityMention b)
    {
        if (a.KbId is not null || b.KbId is not null || a.Type != EntityType.Person && b.Type != EntityType.Person) return false;
        if (b.Span.Start <= a.Span.End) return false;
        var gap = text[a.Span.End..b.Span.Start];
        if (gap == " ")
            return StartsWithArticle(b.Text) || Particles.Contains(LastWord(a.Text)) && char.IsUpper(a.Text[^LastWord(a.Text).Length]);
        return gap.Length > 2 && gap[0] == ' ' && gap[^1] == ' ' && (Particles.Contains(gap[1..^1]) || InnerParticles.Contains(gap[1..^1])) && char.IsLower(gap[1]);
    }

    private static string LastWord(string s) => s[(s.LastIndexOf(' ') + 1)..];

    /// <summary>"al", "el", "ash" …: the Arabic article (any case) that opens "al-Sharaa" and "al-Qaeda".</summary>
    public static bool IsArticle(string word) => Articles.Contains(word);

    /// <summary>"al-Sharaa", "Al-Hashimi": an Arabic article, a hyphen and a capital.</summary>
    public static bool StartsWithArticle(string word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && IsArticle(word[..hyphen]) && char.IsUpper(word[hyphen + 1]);
    }
}
