using Nexus.Text.IO;

namespace Nexus.Extraction.KnowledgeBase;

/// <summary>
/// Drops single-word aliases that are ordinary English words ("Organization" for Tanzim, "Card" for Kahane Chai,
/// "Youth", "Paradise"): in a sentence they name nothing, and capitalised at a sentence start or inside another
/// name ("Foreign Terrorist Organization") they would link a stray actor. A word counts as ordinary when UD EWT
/// train writes it in lower case at least twice; acronyms in capitals are kept (they must match in capitals).
/// </summary>
public static class CommonWordAliases
{
    private const int MinLowerCaseUses = 2;

    /// <summary>The words of a CoNLL-U file written in lower case (letters only) at least twice.</summary>
    public static HashSet<string> ReadOrdinaryWords(string conlluPath)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in ConlluReader.ReadFile(conlluPath))
            foreach (var form in sentence.Forms)
                if (form.Length > 1 && form.All(char.IsLower)) counts[form] = counts.GetValueOrDefault(form) + 1;
        return [.. counts.Where(c => c.Value >= MinLowerCaseUses).Select(c => c.Key)];
    }

    public static KbEntry Filter(KbEntry entry, IReadOnlySet<string> ordinaryWords)
    {
        var kept = entry.Aliases.Where(a => !IsOrdinaryWord(a, ordinaryWords)).ToArray();
        return kept.Length == entry.Aliases.Length ? entry : entry with { Aliases = [.. kept] };
    }

    /// <summary>"The Youth" is "Youth" to the matcher, which drops a leading article, so the article does not save it.</summary>
    public static bool IsOrdinaryWord(string alias, IReadOnlySet<string> ordinaryWords)
    {
        if (alias.StartsWith("The ", StringComparison.OrdinalIgnoreCase)) alias = alias[4..];
        return IsOrdinaryBareWord(alias, ordinaryWords);
    }

    private static bool IsOrdinaryBareWord(string alias, IReadOnlySet<string> ordinaryWords) =>
        alias.IndexOfAny([' ', '-']) < 0 && !alias.All(c => !char.IsLetter(c) || char.IsUpper(c))
        && ordinaryWords.Contains(alias.ToLowerInvariant());
}
