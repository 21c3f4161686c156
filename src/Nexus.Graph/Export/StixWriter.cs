using System.Globalization;
using System.Text.Json;
using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Core.Knowledge;
using Nexus.Graph.Model;

namespace Nexus.Graph.Export;

/// <summary>
/// A STIX 2.1 bundle. Armed groups, gangs and state agencies become threat-actors; places, locations; other actors,
/// identities. Each edge is a relationship (type in kebab case, start/stop from valid time or first report,
/// confidence 0–100, the articles as external references); each supporting claim a note authored by its speaker
/// quoting the evidence; each denial an opinion ("strongly-disagree") authored by the denier.
/// </summary>
public static class StixWriter
{
    public static void Write(KnowledgeGraph g, Stream output)
    {
        var stamp = Timestamp(g.Snapshot.Articles.Length == 0 ? DateTimeOffset.UnixEpoch : g.Snapshot.Articles.Max(a => a.IngestedAt));
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("type", "bundle");
        w.WriteString("id", StixIds.For("bundle", $"bundle:{g.Edges.Length}:{stamp}:{string.Join(",", g.Edges.Select(e => e.Key))}"));
        w.WriteStartArray("objects");
        var ids = g.NodeIds.ToDictionary(id => id, id => EntityObject(w, g, id, stamp));
        foreach (var e in g.Edges)
        {
            var rel = StixIds.For("relationship", $"edge:{e.Key}");
            w.WriteStartObject();
            Core(w, "relationship", rel, stamp);
            w.WriteString("relationship_type", e.Type.ToWire().Replace('_', '-'));
            w.WriteString("description", $"{g.NameOf(e.SourceId)} {e.Type.ToWire()} {g.NameOf(e.TargetId)}: {EdgeFacts.Status(e)}, " +
                $"{e.IndependentOutlets} independent outlet(s), {e.Asserted} asserted, {e.Hedged} hedged, {e.Denied} denied" +
                (e.Deniers.Length > 0 ? $"; denied by {string.Join(", ", e.Deniers)}" : ""));
            w.WriteString("source_ref", ids[e.SourceId]);
            w.WriteString("target_ref", ids[e.TargetId]);
            var start = e.ValidFrom?.Earliest ?? e.FirstSeen;
            w.WriteString("start_time", Timestamp(start));
            if (e.ValidTo is { } to && to.Latest > start) w.WriteString("stop_time", Timestamp(to.Latest.AddDays(1)));
            w.WriteNumber("confidence", (int)Math.Round(100 * e.Confidence));
            References(w, g, e.EvidenceClaimIds.Select(c => g.ClaimsById[c].ArticleId));
            w.WriteEndObject();
            foreach (var id in e.SupportingClaimIds) ClaimObject(w, g, g.ClaimsById[id], rel, stamp, denial: false);
            foreach (var id in e.DenyingClaimIds) ClaimObject(w, g, g.ClaimsById[id], rel, stamp, denial: true);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string EntityObject(Utf8JsonWriter w, KnowledgeGraph g, long id, string stamp)
    {
        var entity = g.EntitiesById.GetValueOrDefault(id);
        var type = entity?.Type ?? EntityType.Organization;
        var stixType = type switch
        {
            EntityType.MilitantGroup or EntityType.CriminalGroup or EntityType.StateAgency => "threat-actor",
            EntityType.Location => "location",
            _ => "identity",
        };
        var stixId = StixIds.For(stixType, $"entity:{id}");
        w.WriteStartObject();
        Core(w, stixType, stixId, stamp);
        w.WriteString("name", g.NameOf(id));
        switch (stixType)
        {
            case "threat-actor":
                w.WriteStartArray("threat_actor_types");
                w.WriteStringValue(type switch { EntityType.CriminalGroup => "crime-syndicate", EntityType.StateAgency => "nation-state", _ => "terrorist" });
                w.WriteEndArray();
                var aliases = entity?.Aliases.Where(a => a != entity.Name).ToList() ?? [];
                if (aliases.Count > 0)
                {
                    w.WriteStartArray("aliases");
                    foreach (var a in aliases) w.WriteStringValue(a);
                    w.WriteEndArray();
                }
                break;
            case "location":
                // STIX needs a region, country or coordinates; the reporting gives only the place's name.
                w.WriteString("region", g.NameOf(id));
                break;
            default:
                w.WriteString("identity_class", type switch
                {
                    EntityType.Person => "individual",
                    EntityType.Population => "class",
                    EntityType.Event or EntityType.Project => "unknown",
                    _ => "organization",
                });
                if (type == EntityType.Government)
                {
                    w.WriteStartArray("sectors");
                    w.WriteStringValue("government-national");
                    w.WriteEndArray();
                }
                break;
        }
        w.WriteEndObject();
        return stixId;
    }

    private static void ClaimObject(Utf8JsonWriter w, KnowledgeGraph g, StoredClaim c, string relationship, string stamp, bool denial)
    {
        var speaker = denial ? EdgeAggregator.DenierOf(c, g.EntitiesById) : EdgeAggregator.SpeakerOf(c, g.EntitiesById, g.ArticlesById);
        w.WriteStartObject();
        Core(w, denial ? "opinion" : "note", StixIds.For(denial ? "opinion" : "note", $"claim:{c.Id}"), stamp);
        if (denial)
        {
            w.WriteString("opinion", "strongly-disagree");
            w.WriteString("explanation", c.Evidence.Text);
        }
        else
        {
            w.WriteString("abstract", $"{c.Polarity.ToString().ToLowerInvariant()} claim #{c.Id}: {g.NameOf(c.SourceEntityId)} {c.Type.ToWire()} {g.NameOf(c.TargetEntityId)}");
            w.WriteString("content", c.Evidence.Text);
        }
        w.WriteStartArray("authors");
        w.WriteStringValue(speaker);
        w.WriteEndArray();
        w.WriteStartArray("object_refs");
        w.WriteStringValue(relationship);
        w.WriteEndArray();
        w.WriteNumber("confidence", (int)Math.Round(100 * Math.Clamp(c.Confidence, 0, 1)));
        References(w, g, [c.ArticleId]);
        w.WriteEndObject();
    }

    private static void References(Utf8JsonWriter w, KnowledgeGraph g, IEnumerable<long> articleIds)
    {
        var articles = articleIds.Distinct().Order().Select(id => g.ArticlesById[id]).ToList();
        if (articles.Count == 0) return;
        w.WriteStartArray("external_references");
        foreach (var a in articles)
        {
            w.WriteStartObject();
            w.WriteString("source_name", a.Metadata.Outlet ?? "unknown outlet");
            w.WriteString("description", $"{a.Metadata.Title ?? a.Metadata.Path ?? $"article {a.Id}"} ({a.Metadata.Published?.ToString() ?? "undated"})" +
                (a.CopyOf is { } original ? $"; a copy of article {original}" : ""));
            if (Uri.TryCreate(a.Metadata.Url, UriKind.Absolute, out var url) && (url.Scheme == "http" || url.Scheme == "https"))
                w.WriteString("url", url.AbsoluteUri);
            w.WriteString("external_id", $"nexus-article-{a.Id}");
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Core(Utf8JsonWriter w, string type, string id, string stamp)
    {
        w.WriteString("type", type);
        w.WriteString("spec_version", "2.1");
        w.WriteString("id", id);
        w.WriteString("created", stamp);
        w.WriteString("modified", stamp);
    }

    private static string Timestamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Timestamp(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
