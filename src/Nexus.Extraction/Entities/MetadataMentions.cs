using Nexus.Core.Articles;
using Nexus.Core.Entities;
using Nexus.Core.Text;

namespace Nexus.Extraction.Entities;

/// <summary>
/// The dateline place ("New Delhi, Sep 19") and the byline or bio author that the reader found around the
/// article are named in the text but lie outside its content, so the recognizer never sees them. They become
/// mentions with their spans in the text (the place a Location, the author a Person); the outlet never does.
/// An author that reads as a desk or an agency ("Staff Reporter", "PTI") is no person.
/// </summary>
public static class MetadataMentions
{
    private static readonly HashSet<string> NotPersonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "desk", "bureau", "correspondent", "reporter", "team", "agencies", "agency", "news", "editor", "editorial",
        "board", "service", "services", "online", "web", "admin", "guest", "contributor", "writer", "media", "press",
    };

    public static IReadOnlyList<EntityMention> Add(Article article, IReadOnlyList<EntityMention> mentions)
    {
        var extra = new List<EntityMention>();
        var meta = article.Metadata;
        if (meta.Dateline is { } place && IsName(place) && Find(article, place, mentions) is { } at)
            extra.Add(new EntityMention(at, place, EntityType.Location, 0.9));
        if (meta.Author is { } author && IsPerson(author) && Find(article, author, mentions) is { } by)
            extra.Add(new EntityMention(by, author, EntityType.Person, 0.9));
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
            return span;
        }
        return null;
    }

    private static bool IsWordBoundary(string text, int i) => i < 0 || i >= text.Length || !char.IsLetterOrDigit(text[i]);

    private static bool IsName(string s) => s.Length > 1 && char.IsUpper(s[0]) && !s.Any(char.IsDigit);

    private static bool IsPerson(string s)
    {
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5 && IsName(s)
            && words.All(w => char.IsUpper(w[0]) && w.Any(char.IsLower) && !NotPersonWords.Contains(w.TrimEnd('.', ',')));
    }
}
