namespace Nexus.Extraction.Entities;

/// <summary>Word extents in a stretch of text, for rules that look names up word by word in the knowledge base.</summary>
internal static class LetterWords
{
    /// <summary>
    /// The words of text[from..end): runs of letters that may hold apostrophes ("Shari'ah") and, when
    /// <paramref name="hyphens"/> is set, hyphens ("Tehrik-i-Taliban"); everything else separates them.
    /// </summary>
    public static List<(int Start, int End)> In(string text, int from, int end, bool hyphens)
    {
        var words = new List<(int Start, int End)>();
        for (var i = from; i < end;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var j = i;
            while (j < end && (char.IsLetter(text[j]) || text[j] == '\'' || hyphens && text[j] == '-')) j++;
            words.Add((i, j));
            i = j;
        }
        return words;
    }
}
