using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Nexus.Graph.Export;
using Nexus.Graph.Model;

namespace Nexus.Graph.Tests.Export;

public sealed class XmlExportTests
{
    private static readonly KnowledgeGraph Graph = KnowledgeGraph.Build(SampleSnapshot.Create());

    [Fact]
    public void GexfIsValidAgainstTheGexf13Schema()
    {
        var xml = Export(ExportFormat.Gexf);
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(GexfWriter.Namespace, SharedData.PathOf("graph-schemas", "gexf-1.3", "gexf.xsd"));
        AssertValid(xml, schemas);
        var doc = XDocument.Parse(xml);
        XNamespace ns = GexfWriter.Namespace;
        Assert.Equal("dynamic", doc.Root!.Element(ns + "graph")!.Attribute("mode")!.Value);
        Assert.Equal(Graph.Edges.Length, doc.Descendants(ns + "edge").Count());
        Assert.All(doc.Descendants(ns + "edge"), e => Assert.NotNull(e.Attribute("start")));
        Assert.Contains(doc.Descendants(ns + "edge"), e => e.Attribute("type")?.Value == "undirected");
    }

    [Fact]
    public void GraphMlIsValidAgainstTheGraphMl11Schema()
    {
        var xml = Export(ExportFormat.GraphMl);
        var folder = SharedData.PathOf("graph-schemas", "graphml-1.1");
        var schemas = new XmlSchemaSet { XmlResolver = new LocalSchemaResolver(folder, "http://graphml.graphdrawing.org/xmlns/1.1/") };
        schemas.Add(GraphMlWriter.Namespace, Path.Combine(folder, "graphml.xsd"));
        AssertValid(xml, schemas);
        XNamespace ns = GraphMlWriter.Namespace;
        var doc = XDocument.Parse(xml);
        Assert.Equal(Graph.NodeIds.Length, doc.Descendants(ns + "node").Count());
        Assert.All(doc.Descendants(ns + "edge"), e => Assert.Contains(e.Elements(ns + "data"), d => d.Attribute("key")!.Value == "claims"));
    }

    [Fact]
    public void AnInvalidDocumentIsRejected()
    {
        var xml = Export(ExportFormat.Gexf).Replace("version=\"1.3\"", "version=\"9.9\"", StringComparison.Ordinal);
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(GexfWriter.Namespace, SharedData.PathOf("graph-schemas", "gexf-1.3", "gexf.xsd"));
        Assert.NotEmpty(Validate(xml, schemas));
    }

    [Fact]
    public void CsvAndDotListEveryEdge()
    {
        var csv = Export(ExportFormat.Csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Graph.Edges.Length + 1, csv.Length);
        Assert.StartsWith("source_id,source,", csv[0]);
        Assert.Contains(csv, l => l.Contains("Spy Agency,StateAgency,sponsors,2,Movement Armed Wing,MilitantGroup,contested", StringComparison.Ordinal));
        var dot = Export(ExportFormat.Dot);
        Assert.Equal(Graph.Edges.Length, dot.Split('\n').Count(l => l.Contains(" -> ", StringComparison.Ordinal)));
        Assert.Contains("dir=none", dot);
    }

    internal static string Export(ExportFormat format)
    {
        using var ms = new MemoryStream();
        GraphExporter.Write(Graph, format, ms);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray()).TrimStart('\uFEFF');
    }

    private static void AssertValid(string xml, XmlSchemaSet schemas)
    {
        var errors = Validate(xml, schemas);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static List<string> Validate(string xml, XmlSchemaSet schemas)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity}: {e.Message} (line {e.Exception?.LineNumber})");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read()) { }
        return errors;
    }
}
