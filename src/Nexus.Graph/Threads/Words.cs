using System.Collections.Frozen;

namespace Nexus.Graph.Threads;

/// <summary>The content words of a text, lower-cased, for comparing what two articles are about.</summary>
internal static class Words
{
    private static readonly FrozenSet<string> Stop = new[]
    {
        "about", "after", "again", "against", "also", "among", "been", "before", "being", "between", "both", "could", "does", "during",
        "each", "even", "from", "further", "have", "having", "here", "into", "itself", "just", "like", "more", "most", "much", "must",
        "only", "other", "over", "said", "same", "says", "should", "since", "some", "such", "than", "that", "their", "them", "then",
        "there", "these", "they", "this", "those", "through", "under", "until", "very", "were", "what", "when", "where", "which",
        "while", "will", "with", "would", "your", "according", "reportedly", "however",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static HashSet<string> Of(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                if (i - start >= 4)
                {
                    var w = text[start..i].ToLowerInvariant();
                    if (!Stop.Contains(w)) words.Add(w);
                }
                start = -1;
            }
        }
        return words;
    }
}
