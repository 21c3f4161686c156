using Nexus.Graph.Model;

namespace Nexus.Graph.Export;

/// <summary>Writes a knowledge graph in any <see cref="ExportFormat"/>.</summary>
public static class GraphExporter
{
    public static void Write(KnowledgeGraph graph, ExportFormat format, Stream output)
    {
        switch (format)
        {
            case ExportFormat.Gexf: GexfWriter.Write(graph, output); break;
            case ExportFormat.GraphMl: GraphMlWriter.Write(graph, output); break;
            case ExportFormat.Csv: CsvWriter.WriteEdges(graph, output); break;
            case ExportFormat.Dot: DotWriter.Write(graph, output); break;
            case ExportFormat.Stix: StixWriter.Write(graph, output); break;
            default: throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    public static bool TryParse(string? name, out ExportFormat format)
    {
        format = default;
        return name?.ToLowerInvariant() switch
        {
            "gexf" => Set(ExportFormat.Gexf, out format),
            "graphml" => Set(ExportFormat.GraphMl, out format),
            "csv" => Set(ExportFormat.Csv, out format),
            "dot" => Set(ExportFormat.Dot, out format),
            "stix" => Set(ExportFormat.Stix, out format),
            _ => false,
        };
    }

    private static bool Set(ExportFormat value, out ExportFormat format)
    {
        format = value;
        return true;
    }
}
