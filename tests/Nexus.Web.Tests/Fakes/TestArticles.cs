using System.Collections.Immutable;
using Nexus.Core.Articles;
using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Core.Events;
using Nexus.Core.Text;
using Nexus.Core.Time;

namespace Nexus.Web.Tests.Fakes;

/// <summary>
/// A small invented corpus: a sponsor, a proxy and a supplier across two outlets and two dates (one
/// claim corroborated, one denied, one rivalry appearing later), and a hostile article whose text,
/// title and entity names carry script, event handlers and javascript: links.
/// </summary>
public static class TestArticles
{
    public const string Hostile = "<script>window.__pwned='script'</script> The <img src=x onerror=\"window.__pwned='img'\"> cell funds the Red Gang. <a href=\"javascript:window.__pwned='link'\">Read more</a>";
    public const string HostileName = "<img src=x onerror=\"window.__pwned='name'\">";

    public static IEnumerable<ArticleExtraction> All() => [First(), Second(), HostileArticle()];

    public static ArticleExtraction First()
    {
        const string text = "Agency backing\nThe Northern Agency backs the Blue Front.\nThe Red Gang supplies arms to the Blue Front, officials said.";
        var b = new Builder(text, new ArticleMetadata(Title: "Agency backing", Published: new PartialDate(2024, 3, 10), Outlet: "Daily One", Url: "https://one.example/a"));
        var agency = b.Entity("Northern Agency", EntityType.StateAgency, "NA");
        var front = b.Entity("Blue Front", EntityType.MilitantGroup);
        var gang = b.Entity("Red Gang", EntityType.CriminalGroup);
        b.Claim(agency, RelationType.Sponsors, front, Polarity.Asserted, null, "The Northern Agency backs the Blue Front.", 0.8);
        b.Claim(gang, RelationType.Arms, front, Polarity.Asserted, Speaker.Unnamed("officials"), "The Red Gang supplies arms to the Blue Front, officials said.", 0.7);
        return b.Build();
    }

    public static ArticleExtraction Second()
    {
        const string text = "Rift\nThe Northern Agency backs the Blue Front, according to Westland.\nSouthland denies that the Northern Agency backs the Blue Front.\nThe Red Gang is now a rival of the Blue Front after an attack in Port City.";
        var b = new Builder(text, new ArticleMetadata(Title: "Rift in the network", Published: new PartialDate(2025, 1, 5), Outlet: "Weekly Two"));
        var agency = b.Entity("Northern Agency", EntityType.StateAgency);
        var front = b.Entity("Blue Front", EntityType.MilitantGroup);
        var gang = b.Entity("Red Gang", EntityType.CriminalGroup);
        var westland = b.Entity("Westland", EntityType.Government);
        var southland = b.Entity("Southland", EntityType.Government);
        var port = b.Entity("Port City", EntityType.Location);
        b.Claim(agency, RelationType.Sponsors, front, Polarity.Asserted, Speaker.Named(westland, "Westland"), "The Northern Agency backs the Blue Front, according to Westland.", 0.8);
        b.Claim(agency, RelationType.Sponsors, front, Polarity.Denied, Speaker.Named(southland, "Southland"), "Southland denies that the Northern Agency backs the Blue Front.", 0.7, contests: 0);
        b.Claim(gang, RelationType.RivalOf, front, Polarity.Asserted, null, "The Red Gang is now a rival of the Blue Front after an attack in Port City.", 0.6);
        b.Event(EventType.Attack, new PartialDate(2025, 1, 2), port, [gang], "after an attack in Port City");
        return b.Build();
    }

    public static ArticleExtraction HostileArticle()
    {
        var b = new Builder(Hostile, new ArticleMetadata(Title: "<script>window.__pwned='title'</script>", Published: new PartialDate(2025, 2, 1), Outlet: "<b onmouseover=\"window.__pwned='outlet'\">Evil</b>", Url: "javascript:window.__pwned='url'"));
        var cell = b.Entity(HostileName, EntityType.MilitantGroup, exactSurface: "<img src=x onerror=\"window.__pwned='img'\"> cell");
        var gang = b.Entity("Red Gang", EntityType.CriminalGroup);
        b.Claim(cell, RelationType.Funds, gang, Polarity.Asserted, null, Hostile, 0.5);
        return b.Build();
    }

    private sealed class Builder(string text, ArticleMetadata metadata)
    {
        private readonly List<Entity> _entities = [];
        private readonly List<Claim> _claims = [];
        private readonly List<Event> _events = [];

        public string Entity(string name, EntityType type, string? alias = null, string? exactSurface = null)
        {
            var surface = exactSurface ?? name;
            var spans = new List<TextSpan>();
            for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + surface.Length, StringComparison.Ordinal))
                spans.Add(new TextSpan(at, at + surface.Length));
            var id = $"e{_entities.Count}";
            _entities.Add(new Entity(id, name, type, alias is null ? [name] : [name, alias], [.. spans]));
            return id;
        }

        public void Claim(string source, RelationType type, string target, Polarity polarity, Speaker? speaker, string sentence, double confidence, int? contests = null) =>
            _claims.Add(new Claim(source, type, target, polarity, speaker, null, null, confidence, Evidence.Of(text, SpanOf(sentence)), contests));

        public void Event(EventType type, PartialDate date, string location, string[] actors, string words) =>
            _events.Add(new Event($"v{_events.Count}", type, date, location, [.. actors], Evidence.Of(text, SpanOf(words))));

        public ArticleExtraction Build() => new(new Article(metadata, text, [new TextSpan(0, text.Length)]), [.. _entities], [.. _claims], [.. _events]);

        private TextSpan SpanOf(string words)
        {
            var at = text.IndexOf(words, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{words}' is not in the text");
            return new TextSpan(at, at + words.Length);
        }
    }
}
