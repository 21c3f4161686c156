using System.Collections.Immutable;
using Nexus.Core.Articles;
using Nexus.Core.Text;

namespace Nexus.Ingestion.Reading.PlainText;

/// <summary>
/// Turns plain text into an <see cref="Article"/>: the text stays exactly as given, metadata is read
/// from its own lines, and <see cref="Article.Content"/> covers only the reporting (title and
/// paragraphs), leaving out furniture, metadata lines, teaser headings, repeated titles and the
/// closing note about the author.
/// </summary>
public static class PlainTextArticleParser
{
    public static Article Parse(string text, ArticleMetadata known)
    {
        var lines = TextLine.Split(text);
        var roles = new LineRole[lines.Count];
        var contentStarts = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var value = lines[i].Value;
            roles[i] = value.Length == 0 ? LineRole.Blank
                : FurnitureRules.IsFurniture(value) ? LineRole.Furniture
                : FurnitureRules.IsTeaserHeading(value) ? LineRole.Heading
                : LineRole.Content;
            contentStarts[i] = lines[i].TrimmedStart;
        }
        var found = new MetadataFindings();
        PlainTextMetadataScanner.Scan(lines, roles, contentStarts, found);
        MarkTitle(lines, roles, contentStarts, found);
        MarkAuthorBio(text, lines, roles, found);
        MarkTrailingFurniture(lines, roles);
        return new Article(found.MergeInto(known), text, ContentSpans(lines, roles, contentStarts));
    }

    /// <summary>The headline is the first content line when it reads like one; later copies of it are furniture.</summary>
    private static void MarkTitle(IReadOnlyList<TextLine> lines, LineRole[] roles, int[] contentStarts, MetadataFindings found)
    {
        var first = Array.IndexOf(roles, LineRole.Content);
        if (first < 0) return;
        var value = lines[first].Value;
        var isHeadline = contentStarts[first] == lines[first].TrimmedStart && !FurnitureRules.IsProse(value)
                         && TextLine.CountWords(value) is >= 2 and <= 30 && !value.EndsWith('.')
                         && (first + 1 == lines.Count || roles[first + 1] != LineRole.Content); // a headline stands alone
        if (!isHeadline) return;
        roles[first] = LineRole.Title;
        found.Title = value;
        var key = NormaliseTitle(value);
        for (var i = first + 1; i < lines.Count; i++)
            if (roles[i] == LineRole.Content && NormaliseTitle(lines[i].Value) == key) roles[i] = LineRole.RepeatedTitle;
    }

    /// <summary>The last substantial paragraph may be a note on the writer ("Dr. X is a retired … officer").</summary>
    private static void MarkAuthorBio(string text, IReadOnlyList<TextLine> lines, LineRole[] roles, MetadataFindings found)
    {
        var end = lines.Count - 1;
        while (end >= 0)
        {
            while (end >= 0 && roles[end] == LineRole.Blank) end--;
            var start = end;
            while (start > 0 && roles[start - 1] != LineRole.Blank) start--;
            if (end < 0) return;
            var paragraph = Enumerable.Range(start, end - start + 1).Where(i => roles[i] == LineRole.Content).ToList();
            if (paragraph.Count == 0 || paragraph.All(i => FurnitureRules.IsShortLabel(lines[i].Value) && lines[i].WordCount <= 4))
            {
                end = start - 1;
                continue;
            }
            var joined = text[lines[paragraph[0]].TrimmedStart..lines[paragraph[^1]].TrimmedEnd];
            // A writer's note names someone the story is not about: a name already in the story is its subject.
            if (MetadataLineRules.TryAuthorBio(joined, out var author)
                && (author is null || !text.AsSpan(0, lines[start].Start).Contains(author, StringComparison.Ordinal)))
            {
                foreach (var i in paragraph) roles[i] = LineRole.AuthorBio;
                if (author is not null) found.OfferAuthor(author, MetadataFindings.RankFooter);
            }
            return;
        }
    }

    /// <summary>
    /// After the last line of prose, the first short label or list debris starts the page's trailer
    /// (related stories, share bars, site links): everything from there on is furniture.
    /// </summary>
    private static void MarkTrailingFurniture(IReadOnlyList<TextLine> lines, LineRole[] roles)
    {
        var lastProse = -1;
        for (var i = 0; i < lines.Count; i++)
            if (roles[i] == LineRole.Content && FurnitureRules.IsProse(lines[i].Value)) lastProse = i;
        if (lastProse < 0) return;
        var trailer = false;
        for (var i = lastProse + 1; i < lines.Count; i++)
        {
            if (roles[i] == LineRole.Furniture) trailer = true;
            if (roles[i] != LineRole.Content) continue;
            var value = lines[i].Value;
            trailer |= FurnitureRules.IsShortLabel(value) || FurnitureRules.IsListDebris(value);
            if (trailer) roles[i] = LineRole.Furniture;
        }
    }

    /// <summary>One span per paragraph: consecutive content lines merge; the title stays its own span.</summary>
    private static ImmutableArray<TextSpan> ContentSpans(IReadOnlyList<TextLine> lines, LineRole[] roles, int[] contentStarts)
    {
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (roles[i] is not (LineRole.Content or LineRole.Title)) continue;
            var span = new TextSpan(contentStarts[i], lines[i].TrimmedEnd);
            if (span.IsEmpty) continue;
            if (roles[i] == LineRole.Content && i > 0 && roles[i - 1] == LineRole.Content && spans.Count > 0)
                spans[^1] = new TextSpan(spans[^1].Start, span.End);
            else
                spans.Add(span);
        }
        return spans.ToImmutable();
    }

    private static string NormaliseTitle(string value) =>
        string.Join(' ', value.Split(' ', '\u00A0', '\t').Where(w => w.Length > 0)).ToLowerInvariant();
}
