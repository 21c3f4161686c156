using System.Text;
using Nexus.Core.Claims;
using Nexus.Graph.Model;

namespace Nexus.Graph.Export;

/// <summary>Graphviz DOT: solid corroborated edges, dashed single-source ones, red contested ones; symmetric relations without arrows.</summary>
public static class DotWriter
{
    public static void Write(KnowledgeGraph g, Stream output)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        w.WriteLine("digraph nexus {");
        w.WriteLine("  graph [overlap=false, splines=true];");
        w.WriteLine("  node [shape=box, style=rounded];");
        foreach (var id in g.NodeIds)
        {
            var type = g.EntitiesById.TryGetValue(id, out var e) ? e.Type.ToString() : "";
            w.WriteLine($"  n{id} [label={Quote(g.NameOf(id))}, tooltip={Quote(type)}];");
        }
        foreach (var e in g.Edges)
        {
            var style = e.Status switch
            {
                EdgeStatus.Corroborated => "solid",
                EdgeStatus.Contested => "dashed\", color=\"red",
                _ => "dashed",
            };
            var dir = e.Type.IsSymmetric() ? ", dir=none" : "";
            w.WriteLine($"  n{e.SourceId} -> n{e.TargetId} [label={Quote($"{e.Type.ToWire()} {e.Confidence:0.00}")}, style=\"{style}\"{dir}, penwidth={1 + 2 * e.Confidence:0.0}];");
        }
        w.WriteLine("}");
    }

    public static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
