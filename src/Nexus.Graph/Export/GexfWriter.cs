using System.Globalization;
using System.Xml;
using Nexus.Core.Claims;
using Nexus.Graph.Model;

namespace Nexus.Graph.Export;

/// <summary>
/// GEXF 1.3, dynamic: a node exists from its first reported tie; an edge from the first report of it to the end of
/// its valid time when the reporting says it ended (open otherwise). Symmetric relations are undirected edges.
/// </summary>
public static class GexfWriter
{
    public const string Namespace = "http://gexf.net/1.3";

    private static readonly (string Id, string Title, string Type)[] EdgeAttributes =
    [
        ("relation", "relation", "string"), ("status", "status", "string"), ("confidence", "confidence", "double"),
        ("outlets", "independent outlets", "integer"), ("claims", "supporting claims", "string"), ("denials", "denying claims", "string"),
        ("speakers", "speakers", "string"), ("deniers", "deniers", "string"), ("last_seen", "last seen", "string"),
        ("valid_from", "valid from", "string"), ("valid_to", "valid to", "string"),
    ];

    public static void Write(KnowledgeGraph g, Stream output)
    {
        using var w = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, CloseOutput = false });
        w.WriteStartDocument();
        w.WriteStartElement("gexf", Namespace);
        w.WriteAttributeString("version", "1.3");
        w.WriteStartElement("meta", Namespace);
        w.WriteElementString("creator", Namespace, "Nexus");
        w.WriteElementString("description", Namespace, "Claims aggregated into edges; every edge lists the claims that support it.");
        w.WriteEndElement();
        w.WriteStartElement("graph", Namespace);
        w.WriteAttributeString("mode", "dynamic");
        w.WriteAttributeString("timeformat", "date");
        w.WriteAttributeString("defaultedgetype", "directed");
        Attributes(w, "node", [("type", "type", "string"), ("aliases", "aliases", "string")]);
        Attributes(w, "edge", EdgeAttributes);
        var first = EdgeFacts.FirstSeen(g);
        w.WriteStartElement("nodes", Namespace);
        foreach (var id in g.NodeIds)
        {
            w.WriteStartElement("node", Namespace);
            w.WriteAttributeString("id", id.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("label", g.NameOf(id));
            w.WriteAttributeString("start", EdgeFacts.Date(first[id]));
            var entity = g.EntitiesById.GetValueOrDefault(id);
            Values(w, [("type", entity?.Type.ToString() ?? ""), ("aliases", entity is null ? "" : string.Join("; ", entity.Aliases))]);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteStartElement("edges", Namespace);
        var n = 0;
        foreach (var e in g.Edges)
        {
            w.WriteStartElement("edge", Namespace);
            w.WriteAttributeString("id", $"e{n++}");
            w.WriteAttributeString("source", e.SourceId.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("target", e.TargetId.ToString(CultureInfo.InvariantCulture));
            if (e.Type.IsSymmetric()) w.WriteAttributeString("type", "undirected");
            w.WriteAttributeString("label", e.Type.ToWire());
            w.WriteAttributeString("weight", EdgeFacts.Number(g.WeightOf(e)));
            w.WriteAttributeString("start", EdgeFacts.Date(e.FirstSeen));
            if (e.ValidTo is { } end && end.Latest >= e.FirstSeen) w.WriteAttributeString("end", EdgeFacts.Date(end.Latest));
            Values(w,
            [
                ("relation", e.Type.ToWire()), ("status", EdgeFacts.Status(e)), ("confidence", EdgeFacts.Number(e.Confidence)),
                ("outlets", e.IndependentOutlets.ToString(CultureInfo.InvariantCulture)), ("claims", EdgeFacts.Ids(e.SupportingClaimIds)),
                ("denials", EdgeFacts.Ids(e.DenyingClaimIds)), ("speakers", string.Join("; ", e.Speakers)), ("deniers", string.Join("; ", e.Deniers)),
                ("last_seen", EdgeFacts.Date(e.LastSeen)), ("valid_from", e.ValidFrom?.ToString() ?? ""), ("valid_to", e.ValidTo?.ToString() ?? ""),
            ]);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void Attributes(XmlWriter w, string cls, IEnumerable<(string Id, string Title, string Type)> attributes)
    {
        w.WriteStartElement("attributes", Namespace);
        w.WriteAttributeString("class", cls);
        foreach (var (id, title, type) in attributes)
        {
            w.WriteStartElement("attribute", Namespace);
            w.WriteAttributeString("id", id);
            w.WriteAttributeString("title", title);
            w.WriteAttributeString("type", type);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Values(XmlWriter w, IEnumerable<(string For, string Value)> values)
    {
        w.WriteStartElement("attvalues", Namespace);
        foreach (var (key, value) in values.Where(v => v.Value.Length > 0))
        {
            w.WriteStartElement("attvalue", Namespace);
            w.WriteAttributeString("for", key);
            w.WriteAttributeString("value", value);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }
}
