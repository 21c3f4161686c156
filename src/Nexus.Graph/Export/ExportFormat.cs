namespace Nexus.Graph.Export;

/// <summary>The formats `nexus export` writes.</summary>
public enum ExportFormat
{
    Gexf,
    GraphMl,
    Csv,
    Dot,
    Stix,
}
