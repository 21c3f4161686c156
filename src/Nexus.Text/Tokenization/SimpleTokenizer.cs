using Nexus.Text.Analysis;

namespace Nexus.Text.Tokenization;

/// <summary>
/// A rule tokenizer: words (with inner hyphens, dashes between capitalised parts and apostrophes kept),
/// numbers, and single punctuation marks. Appends to a caller-owned list so a document costs no
/// allocation per token.
/// </summary>
public sealed class SimpleTokenizer
{
    public void Tokenize(string text, int start, int end, List<Token> into)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                while (j < end && (char.IsLetterOrDigit(text[j]) || IsInnerJoiner(text, j, end))) j++;
                // Keep a trailing period of a short capitalised abbreviation: "Dr.", "U.S."
                if (j < end && text[j] == '.' && IsAbbreviation(text, i, j)) j++;
                into.Add(new Token(i, j));
                i = j;
                continue;
            }
            into.Add(new Token(i, i + 1));
            i++;
        }
    }

    private static bool IsInnerJoiner(string text, int j, int end)
    {
        var c = text[j];
        if (j + 1 >= end || !char.IsLetterOrDigit(text[j + 1]) || !char.IsLetterOrDigit(text[j - 1])) return false;
        return c is '-' or '\'' or '’' or '.' && (c != '.' || char.IsUpper(text[j + 1]) && j >= 1 && char.IsUpper(text[j - 1]))
            || c is '–' && char.IsUpper(text[j + 1]);
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Dr", "Mr", "Mrs", "Ms", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Prof", "St", "Jr", "Sr", "Rev", "Gov", "Sen", "Rep",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "vs", "etc", "Inc", "Ltd", "Co",
    };

    private static bool IsAbbreviation(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        if (word.Contains('.')) return true; // U.S -> U.S.
        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
