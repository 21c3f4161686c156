using System.CommandLine;
using Nexus.Cli.Infrastructure;
using Nexus.Core.Knowledge;
using Nexus.Graph.Analysis;
using Nexus.Graph.Model;

namespace Nexus.Cli.Commands;

/// <summary>
/// `nexus analyze centrality|brokers|communities|rifts|whatif|changes`: graph analyses of the stored claims, each as a
/// table or --json, any of them over a time window, chosen relation types, and with --sensitivity to weak edges.
/// </summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var command = new Command("analyze", "Analyse the network the stored claims describe");
        command.Subcommands.Add(Verb("centrality", "Degree, weighted PageRank and betweenness of every actor",
            g => CentralityAnalysis.Run(g), r => AnalysisPrinter.Centrality(Console.Out, r), r => r.Rows.Select(x => x.Name)));
        command.Subcommands.Add(Verb("brokers", "Bridging actors: communities bridged, betweenness, Burt's constraint and effective size",
            BrokerAnalysis.Run, r => AnalysisPrinter.Brokers(Console.Out, r), r => r.Select(x => x.Name)));
        command.Subcommands.Add(Verb("communities", "Louvain communities of the confidence-weighted network",
            CommunityAnalysis.Run, r => AnalysisPrinter.Communities(Console.Out, r), r => r.Communities.SelectMany(c => c.Members)));
        command.Subcommands.Add(Verb("rifts", "The signed network: strained ties, unbalanced triads, ties whose sign changed",
            g => RiftAnalysis.Run(g), r => AnalysisPrinter.Rifts(Console.Out, r), r => r.Ties.Where(t => t.Mixed || t.Sign < 0).Select(t => $"{t.NameA} / {t.NameB}")));
        command.Subcommands.Add(WhatIf());
        command.Subcommands.Add(Changes());
        return command;
    }

    private static Command Verb<T>(string name, string description, Func<KnowledgeGraph, T> run, Action<T> print, Func<T, IEnumerable<string>> ranking)
    {
        var q = new GraphQueryOptions();
        var sensitivity = new Option<bool>("--sensitivity") { Description = "Also show how the top results change without single-source or contested edges" };
        var top = new Option<int>("--top") { Description = "How many top results the sensitivity report compares", DefaultValueFactory = _ => 10 };
        var command = new Command(name, description);
        q.AddTo(command);
        command.Options.Add(sensitivity);
        command.Options.Add(top);
        command.SetAction(parse =>
        {
            var snapshot = q.Snapshot(parse);
            var options = q.Read(parse);
            var graph = KnowledgeGraph.Build(snapshot, options);
            var result = run(graph);
            var variants = parse.GetValue(sensitivity)
                ? SensitivityAnalysis.Run(snapshot, options, g => ranking(run(g)), parse.GetValue(top))
                : default;
            if (parse.GetValue(q.Json))
            {
                JsonOutput.Print(new { graph = AnalysisPrinter.Summary(graph), result, sensitivity = variants.IsDefault ? null : variants.ToArray() });
                return ExitCodes.Ok;
            }
            AnalysisPrinter.Header(Console.Out, graph);
            print(result);
            if (!variants.IsDefault) AnalysisPrinter.Sensitivity(Console.Out, variants);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command WhatIf()
    {
        var q = new GraphQueryOptions();
        var remove = new Option<string>("--remove") { Description = "Actors to remove, comma-separated names or aliases", Required = true };
        var command = new Command("whatif", "Remove actors: who loses their only source of support, how the network fragments, key players");
        q.AddTo(command);
        command.Options.Add(remove);
        command.SetAction(parse =>
        {
            List<StoredEntity> removed;
            KnowledgeSnapshot snapshot;
            using (var store = StoreOpener.OpenExisting(parse.GetValue(q.Db)!))
            {
                removed = GraphQueryOptions.ResolveNames(store, parse.GetValue(remove)!);
                snapshot = store.Snapshot();
            }
            var graph = KnowledgeGraph.Build(snapshot, q.Read(parse));
            var result = WhatIfAnalysis.Run(graph, [.. removed.Select(e => e.Id)]);
            if (parse.GetValue(q.Json)) JsonOutput.Print(new { graph = AnalysisPrinter.Summary(graph), result });
            else
            {
                AnalysisPrinter.Header(Console.Out, graph);
                AnalysisPrinter.WhatIf(Console.Out, result);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Changes()
    {
        var q = new GraphQueryOptions();
        var command = new Command("changes", "Ties new, vanished, strengthened or weakened between reporting up to --from and up to --to");
        q.AddTo(command);
        command.SetAction(parse =>
        {
            var from = GraphQueryOptions.Date(parse.GetValue(q.From), latest: true) ?? throw new CliException("changes needs --from", ExitCodes.Usage);
            var to = GraphQueryOptions.Date(parse.GetValue(q.To), latest: true) ?? DateOnly.FromDateTime(DateTime.UtcNow);
            var options = q.Read(parse) with { Window = TimeWindow.All };
            var result = ChangesAnalysis.Run(q.Snapshot(parse), options, from, to);
            if (parse.GetValue(q.Json)) JsonOutput.Print(new { from, to, changes = result });
            else AnalysisPrinter.Changes(Console.Out, from, to, result);
            return ExitCodes.Ok;
        });
        return command;
    }
}
