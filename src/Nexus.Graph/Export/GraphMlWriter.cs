using System.Globalization;
using System.Xml;
using Nexus.Core.Claims;
using Nexus.Graph.Model;

namespace Nexus.Graph.Export;

/// <summary>GraphML 1.1: typed keys for the node and edge facts; symmetric relations are undirected edges.</summary>
public static class GraphMlWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("name", "node", "name", "string"), ("type", "node", "type", "string"), ("aliases", "node", "aliases", "string"),
        ("relation", "edge", "relation", "string"), ("status", "edge", "status", "string"), ("confidence", "edge", "confidence", "double"),
        ("outlets", "edge", "independent_outlets", "int"), ("claims", "edge", "supporting_claims", "string"), ("denials", "edge", "denying_claims", "string"),
        ("speakers", "edge", "speakers", "string"), ("deniers", "edge", "deniers", "string"), ("first_seen", "edge", "first_seen", "string"),
        ("last_seen", "edge", "last_seen", "string"), ("valid_from", "edge", "valid_from", "string"), ("valid_to", "edge", "valid_to", "string"),
    ];

    public static void Write(KnowledgeGraph g, Stream output)
    {
        using var w = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, CloseOutput = false });
        w.WriteStartDocument();
        w.WriteStartElement("graphml", Namespace);
        foreach (var (id, target, name, type) in Keys)
        {
            w.WriteStartElement("key", Namespace);
            w.WriteAttributeString("id", id);
            w.WriteAttributeString("for", target);
            w.WriteAttributeString("attr.name", name);
            w.WriteAttributeString("attr.type", type);
            w.WriteEndElement();
        }
        w.WriteStartElement("graph", Namespace);
        w.WriteAttributeString("id", "nexus");
        w.WriteAttributeString("edgedefault", "directed");
        foreach (var id in g.NodeIds)
        {
            w.WriteStartElement("node", Namespace);
            w.WriteAttributeString("id", $"n{id}");
            var entity = g.EntitiesById.GetValueOrDefault(id);
            Data(w, [("name", g.NameOf(id)), ("type", entity?.Type.ToString() ?? ""), ("aliases", entity is null ? "" : string.Join("; ", entity.Aliases))]);
            w.WriteEndElement();
        }
        var n = 0;
        foreach (var e in g.Edges)
        {
            w.WriteStartElement("edge", Namespace);
            w.WriteAttributeString("id", $"e{n++}");
            w.WriteAttributeString("source", $"n{e.SourceId}");
            w.WriteAttributeString("target", $"n{e.TargetId}");
            if (e.Type.IsSymmetric()) w.WriteAttributeString("directed", "false");
            Data(w,
            [
                ("relation", e.Type.ToWire()), ("status", EdgeFacts.Status(e)), ("confidence", EdgeFacts.Number(e.Confidence)),
                ("outlets", e.IndependentOutlets.ToString(CultureInfo.InvariantCulture)), ("claims", EdgeFacts.Ids(e.SupportingClaimIds)),
                ("denials", EdgeFacts.Ids(e.DenyingClaimIds)), ("speakers", string.Join("; ", e.Speakers)), ("deniers", string.Join("; ", e.Deniers)),
                ("first_seen", EdgeFacts.Date(e.FirstSeen)), ("last_seen", EdgeFacts.Date(e.LastSeen)),
                ("valid_from", e.ValidFrom?.ToString() ?? ""), ("valid_to", e.ValidTo?.ToString() ?? ""),
            ]);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void Data(XmlWriter w, IEnumerable<(string Key, string Value)> values)
    {
        foreach (var (key, value) in values.Where(v => v.Value.Length > 0))
        {
            w.WriteStartElement("data", Namespace);
            w.WriteAttributeString("key", key);
            w.WriteString(value);
            w.WriteEndElement();
        }
    }
}
