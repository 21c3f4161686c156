using System.Collections.Immutable;
using Nexus.Core.Articles;
using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Core.Events;
using Nexus.Core.Text;
using Nexus.Core.Time;

namespace Nexus.Store.Tests.Sqlite;

/// <summary>Hand-built extractions for store tests: entity spans are found by searching the text.</summary>
internal static class Extractions
{
    public static Entity Entity(string text, string id, string name, EntityType type, string? kb = null, params string[] aliases)
    {
        var surfaces = aliases.Length == 0 ? [name] : aliases;
        var spans = surfaces.Select(s => text.IndexOf(s, StringComparison.Ordinal)).Where(i => i >= 0)
            .Select((i, k) => new TextSpan(i, i + surfaces[k].Length)).ToImmutableArray();
        return new Entity(id, name, type, [.. surfaces], spans, kb);
    }

    public static Claim Claim(string text, string source, RelationType type, string target, string quote,
        Polarity polarity = Polarity.Asserted, Speaker? speaker = null, int? contests = null)
    {
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        return new Claim(source, type, target, polarity, speaker, null, null, 0.7, Evidence.Of(text, new TextSpan(start, start + quote.Length)), contests);
    }

    public static ArticleExtraction Build(string text, string title, string published, Entity[] entities, Claim[] claims, Event[]? events = null) =>
        new(Article.FromPlainText(text, new ArticleMetadata(Path: title + ".txt", Title: title, Published: PartialDate.Parse(published), Outlet: "Test Wire")),
            [.. entities], [.. claims], [.. events ?? []]);
}
