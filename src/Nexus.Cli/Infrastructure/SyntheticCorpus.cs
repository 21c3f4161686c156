using System.Collections.Immutable;
using System.Text;
using Nexus.Core.Articles;
using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Core.Events;
using Nexus.Core.Text;
using Nexus.Core.Time;

namespace Nexus.Cli.Infrastructure;

/// <summary>
/// Invented articles for load and scale tests: a fixed cast of actors (a few hubs named far more
/// often than the rest, as in real reporting), several claims and an event per article, spread over
/// ten years and fifty outlets. Deterministic for a seed. Not news: every name is made up.
/// </summary>
public sealed class SyntheticCorpus(int seed, int actors = 2000)
{
    private static readonly EntityType[] Types = [EntityType.MilitantGroup, EntityType.StateAgency, EntityType.CriminalGroup, EntityType.Person, EntityType.Government, EntityType.Location];
    private static readonly (RelationType Type, string Verb)[] Relations =
    [
        (RelationType.Sponsors, "backs"), (RelationType.Funds, "funds"), (RelationType.Arms, "supplies arms to"), (RelationType.AlliedWith, "is allied with"),
        (RelationType.RivalOf, "is a rival of"), (RelationType.Fights, "is fighting"), (RelationType.Shelters, "shelters"), (RelationType.Trains, "trains"),
    ];

    private readonly Random _random = new(seed);

    public ArticleExtraction Next(int index)
    {
        var cast = Enumerable.Range(0, 4).Select(_ => Actor()).Distinct().ToArray();
        var text = new StringBuilder();
        text.Append("Report ").Append(index).Append(" on the region\n");
        var claims = new List<(int Source, (RelationType Type, string Verb) Relation, int Target, TextSpan Span, bool Denied)>();
        for (var i = 0; i + 1 < cast.Length; i++)
        {
            var relation = Relations[_random.Next(Relations.Length)];
            var denied = _random.Next(10) == 0;
            var start = text.Length;
            text.Append(denied ? $"Officials deny that {Name(cast[i])} {relation.Verb} {Name(cast[i + 1])}." : $"{Name(cast[i])} {relation.Verb} {Name(cast[i + 1])}, officials said.");
            claims.Add((i, relation, i + 1, new TextSpan(start, text.Length), denied));
            text.Append(" Analysts have followed the group for years and describe a network of safe houses, couriers and financiers across the border districts.\n");
        }
        var eventStart = text.Length;
        text.Append($"An attack near {Name(cast[^1])} was reported last week.\n");
        var eventSpan = new TextSpan(eventStart, text.Length - 1);
        var body = text.ToString();
        var entities = cast.Select((a, i) => new Entity($"e{i}", Name(a), Types[a % Types.Length], [Name(a), $"A{a}"], [.. Occurrences(body, Name(a))])).ToImmutableArray();
        var published = new DateOnly(2015, 1, 1).AddDays(_random.Next(3650));
        var metadata = new ArticleMetadata(Path: $"synthetic/{index}.txt", Title: $"Report {index} on the region", Published: PartialDate.FromDate(published), Outlet: $"Outlet {index % 50}");
        var article = new Article(metadata, body, [new TextSpan(0, body.Length)]);
        var claimRecords = claims.Select(c => new Claim($"e{c.Source}", c.Relation.Type, $"e{c.Target}", c.Denied ? Polarity.Denied : Polarity.Asserted,
            Speaker.Unnamed("officials"), null, null, 0.5 + _random.NextDouble() / 2, Evidence.Of(body, c.Span))).ToImmutableArray();
        var events = ImmutableArray.Create(new Event("v0", EventType.Attack, PartialDate.FromDate(published.AddDays(-7)), $"e{cast.Length - 1}", [$"e0"], Evidence.Of(body, eventSpan)));
        return new ArticleExtraction(article, entities, claimRecords, events);
    }

    /// <summary>Zipf-like: actor k is named about 1/(k+1) as often as actor 0.</summary>
    private int Actor() => (int)Math.Min(actors - 1, Math.Floor(Math.Exp(_random.NextDouble() * Math.Log(actors + 1)) - 1));

    private static string Name(int actor) => $"Actor {actor:D4}";

    private static IEnumerable<TextSpan> Occurrences(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            yield return new TextSpan(at, at + name.Length);
    }
}
