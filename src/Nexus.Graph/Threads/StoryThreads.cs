using System.Collections.Immutable;
using Nexus.Core.Claims;
using Nexus.Core.Knowledge;
using Nexus.Graph.Model;

namespace Nexus.Graph.Threads;

/// <summary>
/// Groups articles into story threads by shared actors (each weighted by its rarity, so an actor every article
/// names links least), shared words of titles and evidence, and closeness in time; single linkage over pairs
/// scoring above the threshold. A syndicated copy joins its original's dot.
/// </summary>
public static class StoryThreads
{
    public static ImmutableArray<StoryThread> Build(KnowledgeSnapshot snapshot, TimeWindow? window = null, ThreadOptions? options = null)
    {
        window ??= TimeWindow.All;
        options ??= new ThreadOptions();
        var articles = snapshot.Articles.Where(window.Includes).ToDictionary(a => a.Id);
        var entities = snapshot.Entities.ToDictionary(e => e.Id);
        var claims = snapshot.Claims.Where(c => c.Review != ReviewStatus.Rejected && articles.ContainsKey(c.ArticleId)).ToList();
        var originals = articles.Values.Where(a => a.CopyOf is null || !articles.ContainsKey(a.CopyOf.Value)).OrderBy(a => a.Id).ToList();
        var profiles = originals.Select(a => Profile(a, snapshot, claims)).ToList();
        var rarity = Rarity(profiles);
        var parent = Enumerable.Range(0, profiles.Count).ToArray();
        for (var i = 0; i < profiles.Count; i++)
            for (var j = i + 1; j < profiles.Count; j++)
                if (Score(profiles[i], profiles[j], rarity, options) >= options.Threshold) Union(parent, i, j);
        var threads = Enumerable.Range(0, profiles.Count).GroupBy(i => Find(parent, i))
            .Select(g => Thread(g.Select(i => profiles[i]).OrderBy(p => p.Date).ThenBy(p => p.ArticleId).ToList(), articles, entities, claims))
            .OrderByDescending(t => t.Last).ThenByDescending(t => t.Dots.Length)
            .Select((t, i) => t with { Index = i + 1 })
            .ToImmutableArray();
        return threads;
    }

    internal static double Score(ArticleProfile a, ArticleProfile b, IReadOnlyDictionary<long, double> rarity, ThreadOptions o)
    {
        // Weighted overlap coefficient: a short report naming a subset of a longer one's actors is fully on its story.
        double shared = 0, totalA = 0, totalB = 0;
        foreach (var x in a.Actors)
        {
            var w = rarity.GetValueOrDefault(x);
            totalA += w;
            if (b.Actors.Contains(x)) shared += w;
        }
        foreach (var x in b.Actors) totalB += rarity.GetValueOrDefault(x);
        var smaller = Math.Min(totalA, totalB);
        var actors = smaller == 0 ? 0 : shared / smaller;
        var words = a.Words.Count + b.Words.Count == 0 ? 0 : (double)a.Words.Intersect(b.Words).Count() / a.Words.Union(b.Words).Count();
        var days = Math.Abs(a.Date.DayNumber - b.Date.DayNumber);
        return (o.ActorWeight * actors + (1 - o.ActorWeight) * words) / (1 + days / o.TimeScaleDays);
    }

    private static ArticleProfile Profile(StoredArticle a, KnowledgeSnapshot s, List<StoredClaim> claims)
    {
        var ids = s.Articles.Where(x => x.Id == a.Id || x.CopyOf == a.Id).Select(x => x.Id).ToHashSet();
        var actors = s.Mentions.Where(m => ids.Contains(m.ArticleId)).Select(m => m.EntityId)
            .Concat(claims.Where(c => ids.Contains(c.ArticleId)).SelectMany(c => new[] { c.SourceEntityId, c.TargetEntityId })).ToHashSet();
        var text = string.Join(" ", claims.Where(c => c.ArticleId == a.Id).Select(c => c.Evidence.Text).Prepend(a.Metadata.Title ?? ""));
        return new ArticleProfile(a.Id, TimeWindow.DatesOf(a).Earliest, actors, Words.Of(text));
    }

    /// <summary>Inverse document frequency, ln(1 + N/df): an actor in every article counts least.</summary>
    private static Dictionary<long, double> Rarity(List<ArticleProfile> profiles)
    {
        var df = profiles.SelectMany(p => p.Actors).CountBy(x => x).ToDictionary(p => p.Key, p => p.Value);
        var n = profiles.Count;
        return df.ToDictionary(p => p.Key, p => Math.Log(1 + (double)n / p.Value));
    }

    private static StoryThread Thread(List<ArticleProfile> chronological, Dictionary<long, StoredArticle> articles, Dictionary<long, StoredEntity> entities, List<StoredClaim> claims)
    {
        var seenActors = new HashSet<long>();
        var seenTies = new HashSet<EdgeKey>();
        var dots = new List<ThreadDot>();
        string Name(long id) => entities.TryGetValue(id, out var e) ? e.Name : $"entity {id}";
        foreach (var p in chronological)
        {
            var a = articles[p.ArticleId];
            var newActors = p.Actors.Where(seenActors.Add).Select(Name).Order(StringComparer.Ordinal).ToImmutableArray();
            var copies = articles.Values.Where(x => x.CopyOf == a.Id).Select(x => x.Id).Order().ToImmutableArray();
            var newTies = claims.Where(c => (c.ArticleId == a.Id || copies.Contains(c.ArticleId)) && c.Polarity != Polarity.Denied)
                .Select(c => EdgeKey.Of(c.SourceEntityId, c.Type, c.TargetEntityId)).Distinct().Where(seenTies.Add)
                .Select(k => $"{Name(k.SourceId)} {k.Type.ToWire()} {Name(k.TargetId)}").ToImmutableArray();
            dots.Add(new ThreadDot(a.Id, a.Metadata.Published?.ToString() ?? p.Date.ToString("yyyy-MM-dd"), EdgeAggregator.OutletOf(a.Id, articles),
                a.Metadata.Title, newActors, newTies, copies));
        }
        var actors = chronological.SelectMany(p => p.Actors).CountBy(x => x).OrderByDescending(x => x.Value).ThenBy(x => Name(x.Key), StringComparer.Ordinal)
            .Select(x => Name(x.Key)).ToImmutableArray();
        dots.Reverse();
        return new StoryThread(0, chronological[0].Date, chronological[^1].Date, actors, [.. dots]);
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }
}
