using System.CommandLine;
using Nexus.Cli.Infrastructure;
using Nexus.Graph.Export;
using Nexus.Graph.Model;

namespace Nexus.Cli.Commands;

/// <summary>`nexus export --format gexf|graphml|csv|dot|stix [--out FILE]`: the aggregated graph for other tools.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var q = new GraphQueryOptions();
        var format = new Option<string>("--format") { Description = "gexf, graphml, csv, dot or stix", Required = true };
        format.AcceptOnlyFromAmong("gexf", "graphml", "csv", "dot", "stix");
        var output = new Option<string?>("--out") { Description = "Write to this file (default: standard output); csv also writes FILE.nodes.csv" };
        var command = new Command("export", "Export the aggregated graph: GEXF 1.3 (dynamic), GraphML, CSV, Graphviz DOT or a STIX 2.1 bundle")
            { q.Db, q.AsOf, q.From, q.To, q.Types, q.DropSingleSource, q.DropContested, q.Unweighted, format, output };
        command.SetAction(parse =>
        {
            GraphExporter.TryParse(parse.GetValue(format), out var kind);
            var graph = KnowledgeGraph.Build(q.Snapshot(parse), q.Read(parse));
            var path = parse.GetValue(output);
            if (path is null)
            {
                using var stdout = Console.OpenStandardOutput();
                GraphExporter.Write(graph, kind, stdout);
                return ExitCodes.Ok;
            }
            try
            {
                using (var file = File.Create(path)) GraphExporter.Write(graph, kind, file);
                if (kind == ExportFormat.Csv)
                {
                    using var nodes = File.Create(Path.ChangeExtension(path, null) + ".nodes.csv");
                    CsvWriter.WriteNodes(graph, nodes);
                }
            }
            catch (IOException e)
            {
                throw new CliException($"cannot write {path}: {e.Message}", ExitCodes.SomeInputsFailed);
            }
            Console.Error.WriteLine($"wrote {graph.NodeIds.Length} actors and {graph.Edges.Length} edges to {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
