using Nexus.Core.Articles;
using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Entities;

/// <summary>
/// The dateline place ("New Delhi, Sep 19") and the byline or bio author that the reader found around the
/// article are named in the text but lie outside its content, so the recognizer never sees them. They become
/// mentions with their spans in the text (the place a Location, the author a Person); the outlet never does.
/// A bare byline line ("By Rana Haddad") is metadata and adds no mention. An author that reads as a desk or an agency ("Staff Reporter", "PTI") is no person. In the note on the author
/// that follows the name outside the content ("… former adviser in Mauritius."), a capitalised name after "in",
/// "from" or "at" that the knowledge base knows as a country or place becomes a mention linked to it.
/// </summary>
public static class MetadataMentions
{
    private static readonly HashSet<string> NotPersonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "desk", "bureau", "correspondent", "reporter", "team", "agencies", "agency", "news", "editor", "editorial",
        "board", "service", "services", "online", "web", "admin", "guest", "contributor", "writer", "media", "press",
    };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "from", "at" };

    public static IReadOnlyList<EntityMention> Add(Article article, IReadOnlyList<EntityMention> mentions, KnowledgeBaseIndex? kb = null)
    {
        var extra = new List<EntityMention>();
        var meta = article.Metadata;
        if (meta.Dateline is { } place && IsName(place) && Find(article, place, mentions) is { } at)
            extra.Add(new EntityMention(at, place, EntityType.Location, 0.9));
        if (meta.Author is { } author && IsPerson(author) && Find(article, author, mentions) is { } by)
        {
            extra.Add(new EntityMention(by, author, EntityType.Person, 0.9));
            if (kb is not null) extra.AddRange(BioPlaces(article, by.End, kb, mentions));
        }
        return extra.Count == 0 ? mentions : [.. mentions, .. extra];
    }

    /// <summary>The first occurrence of the name outside the content that no mention already covers.</summary>
    private static TextSpan? Find(Article article, string name, IReadOnlyList<EntityMention> mentions)
    {
        var from = 0;
        while (from < article.Text.Length && article.Text.IndexOf(name, from, StringComparison.Ordinal) is var i and >= 0)
        {
            var span = new TextSpan(i, i + name.Length);
            from = i + 1;
            if (!IsWordBoundary(article.Text, i - 1) || !IsWordBoundary(article.Text, span.End)) continue;
            if (article.Content.Any(c => c.Start < span.End && span.Start < c.End)) continue;
            if (mentions.Any(m => m.Span.Start < span.End && span.Start < m.Span.End)) continue;
            if (IsBylineLine(article.Text, span)) continue;
            return span;
        }
        return null;
    }

    /// <summary>Places named in the author's note: from the name to the end of its paragraph, outside the content.</summary>
    private static IEnumerable<EntityMention> BioPlaces(Article article, int from, KnowledgeBaseIndex kb, IReadOnlyList<EntityMention> mentions)
    {
        var text = article.Text;
        var end = text.IndexOf("\n\n", from, StringComparison.Ordinal) is var blank and >= 0 ? blank : text.Length;
        foreach (var c in article.Content)
            if (c.Start >= from && c.Start < end) end = c.Start;
        var words = LetterWords.In(text, from, end, hyphens: true);
        for (var w = 1; w < words.Count; w++)
        {
            if (!PlacePrepositions.Contains(text[words[w - 1].Start..words[w - 1].End]) || !char.IsUpper(text[words[w].Start])) continue;
            var last = w;
            while (last + 1 < words.Count && last - w < 3 && char.IsUpper(text[words[last + 1].Start]) && IsSpaceBetween(text, words[last].End, words[last + 1].Start)) last++;
            for (var stop = last; stop >= w; stop--)
            {
                var span = new TextSpan(words[w].Start, words[stop].End);
                var name = text[span.Start..span.End];
                if (kb.Find(name) is not { } entry || !IsPlace(entry) || mentions.Any(m => m.Span.Start < span.End && span.Start < m.Span.End)) continue;
                yield return new EntityMention(span, name, entry.Type, 0.9, entry.Id);
                break;
            }
        }
    }

    /// <summary>
    /// "By Rana Haddad" (or the name alone) on its own line is the byline: metadata, not a person the article names.
    /// Only an author the text itself names (a note "… is a former envoy") becomes a mention.
    /// </summary>
    private static bool IsBylineLine(string text, TextSpan span)
    {
        var lineStart = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        var lineEnd = text.IndexOf('\n', span.End) is var nl and >= 0 ? nl : text.Length;
        var before = text[lineStart..span.Start].Trim();
        var after = text[span.End..lineEnd].Trim();
        return after.Length == 0 && (before.Length == 0 || before.Equals("By", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsPlace(KbEntry entry) => entry.Type == EntityType.Location || entry.IsCountry;

    private static bool IsSpaceBetween(string text, int a, int b) => b > a && text.AsSpan(a, b - a).IsWhiteSpace();

    private static bool IsWordBoundary(string text, int i) => i < 0 || i >= text.Length || !char.IsLetterOrDigit(text[i]);

    private static bool IsName(string s) => s.Length > 1 && char.IsUpper(s[0]) && !s.Any(char.IsDigit);

    private static bool IsPerson(string s)
    {
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5 && IsName(s)
            && words.All(w => char.IsUpper(w[0]) && w.Any(char.IsLower) && !NotPersonWords.Contains(w.TrimEnd('.', ',')));
    }
}
