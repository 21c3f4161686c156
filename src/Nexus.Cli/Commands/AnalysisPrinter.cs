using System.Collections.Immutable;
using Nexus.Graph.Analysis;
using Nexus.Graph.Model;

namespace Nexus.Cli.Commands;

/// <summary>The readable tables of `nexus analyze`.</summary>
public static class AnalysisPrinter
{
    public static object Summary(KnowledgeGraph g) => new
    {
        actors = g.NodeIds.Length,
        edges = g.Edges.Length,
        corroborated = g.Edges.Count(e => e.Status == EdgeStatus.Corroborated),
        single_source = g.Edges.Count(e => e.Status == EdgeStatus.SingleSource),
        contested = g.Edges.Count(e => e.Status == EdgeStatus.Contested),
        as_of = g.Options.Window.AsOf,
        from = g.Options.Window.From,
        to = g.Options.Window.To,
    };

    public static void Header(TextWriter o, KnowledgeGraph g)
    {
        var w = g.Options.Window;
        var when = w.IsUnbounded ? "all reporting" : string.Join(", ", new[] { w.AsOf is { } a ? $"as of {a:yyyy-MM-dd}" : null, w.From is { } f ? $"from {f:yyyy-MM-dd}" : null, w.To is { } t ? $"to {t:yyyy-MM-dd}" : null }.OfType<string>());
        o.WriteLine($"{g.NodeIds.Length} actors, {g.Edges.Length} edges ({g.Edges.Count(e => e.Status == EdgeStatus.Corroborated)} corroborated, " +
            $"{g.Edges.Count(e => e.Status == EdgeStatus.SingleSource)} single-source, {g.Edges.Count(e => e.Status == EdgeStatus.Contested)} contested); {when}" +
            (g.Options.Types.Count > 0 ? $"; types {string.Join(",", g.Options.Types.Select(x => Core.Claims.RelationTypes.ToWire(x)))}" : ""));
        o.WriteLine();
    }

    public static void Centrality(TextWriter o, CentralityResult r)
    {
        var t = new TextTable("#", "actor", "type", "supports", "in", "out", "degree", "pagerank", "betweenness");
        var i = 0;
        foreach (var x in r.Rows) t.Add(++i, x.Name, x.Type, x.Supports, x.InDegree, x.OutDegree, x.Degree, x.PageRank, x.Betweenness);
        t.Print(o);
        if (r.BetweennessSampled) o.WriteLine($"\nbetweenness estimated from {r.Pivots} pivots: ±{r.BetweennessErrorBound:0.0000} (95%, Hoeffding)");
        var hub = r.Rows.MaxBy(x => x.Supports);
        if (hub is { Supports: > 0 }) o.WriteLine($"\nsponsor hub: {hub.Name} (supports {hub.Supports} actors)");
    }

    public static void Brokers(TextWriter o, ImmutableArray<BrokerRow> rows)
    {
        var t = new TextTable("#", "actor", "bridges", "ties", "betweenness", "constraint", "eff. size");
        var i = 0;
        foreach (var x in rows) t.Add(++i, x.Name, x.CommunitiesBridged, x.Neighbors, x.Betweenness, x.Constraint, x.EffectiveSize);
        t.Print(o);
        o.WriteLine("\nbridges: communities other than its own among its ties; low constraint = spans structural holes (Burt)");
    }

    public static void Communities(TextWriter o, CommunityResult r)
    {
        o.WriteLine($"{r.Communities.Length} communities, modularity {r.Modularity:0.0000}");
        foreach (var c in r.Communities)
            o.WriteLine($"\n  [{c.Index}] {c.Members.Length} actors, {c.InternalEdges} edges inside, {c.ExternalEdges} leaving\n      {string.Join(", ", c.Members)}");
    }

    public static void Rifts(TextWriter o, RiftResult r)
    {
        o.WriteLine("STRAINED TIES (cooperation and hostility reported between the same pair)");
        foreach (var t in r.MixedTies)
            o.WriteLine($"  {t.NameA} / {t.NameB}: net {(t.Sign > 0 ? "+" : t.Sign < 0 ? "-" : "0")} (+{t.Positive:0.00} / -{t.Negative:0.00})\n" +
                $"{string.Join("", t.PositiveRelations.Select(x => "      + " + x + "\n"))}{string.Join("", t.NegativeRelations.Select(x => "      - " + x + "\n"))}".TrimEnd());
        if (!r.MixedTies.Any()) o.WriteLine("  none");
        o.WriteLine("\nSIGN CHANGES");
        foreach (var c in r.SignChanges)
        {
            o.WriteLine($"  {c.A} / {c.B}: {c.From} since {c.Before:yyyy-MM-dd}, then {c.To} from {c.After:yyyy-MM-dd}");
            foreach (var e in c.EarlierEvidence.Concat(c.LaterEvidence)) o.WriteLine($"      {e.Date} {e.Relation} ({e.Outlet}, {e.Speaker}): “{e.Quote}”");
        }
        if (r.SignChanges.Length == 0) o.WriteLine("  none");
        o.WriteLine($"\nUNBALANCED TRIADS ({r.UnbalancedTriads.Length})");
        foreach (var t in r.UnbalancedTriads.Take(20))
            o.WriteLine($"  {t.A} {S(t.SignAB)} {t.B} {S(t.SignBC)} {t.C} {S(t.SignAC)} {t.A}");
        o.WriteLine("\nNEGATIVE TIES");
        var neg = new TextTable("actor", "actor", "hostility", "cooperation");
        foreach (var t in r.Ties.Where(t => t.Sign < 0)) neg.Add(t.NameA, t.NameB, t.Negative, t.Positive);
        neg.Print(o);
        static string S(int s) => s > 0 ? "(+)" : "(-)";
    }

    public static void WhatIf(TextWriter o, WhatIfResult r)
    {
        o.WriteLine($"REMOVING {string.Join(", ", r.Removed)}");
        o.WriteLine("\nLOSES ITS ONLY SOURCE OF");
        var t = new TextTable("actor", "relation", "lost supplier(s)");
        foreach (var l in r.LostOnlySource) t.Add(l.Name, l.Relation, string.Join(", ", l.LostSuppliers));
        if (r.LostOnlySource.Length == 0) o.WriteLine("  nobody"); else t.Print(o);
        o.WriteLine($"\nFRAGMENTATION: components {r.ComponentsBefore} -> {r.ComponentsAfter}, largest {r.LargestBefore} -> {r.LargestAfter}, " +
            $"unreachable pairs {r.FragmentationBefore:P1} -> {r.FragmentationAfter:P1}");
        foreach (var c in r.ComponentsAfterRemoval.Take(8)) o.WriteLine($"  [{c.Length}] {string.Join(", ", c.Take(12))}{(c.Length > 12 ? ", …" : "")}");
        o.WriteLine("\nKEY PLAYERS (removed alone)");
        var k = new TextTable("#", "actor", "fragmentation", "components", "cut off");
        var i = 0;
        foreach (var p in r.KeyPlayers) k.Add(++i, p.Name, p.Fragmentation, p.Components, p.DependentsCutOff);
        k.Print(o);
    }

    public static void Changes(TextWriter o, DateOnly from, DateOnly to, ImmutableArray<TieChange> changes)
    {
        o.WriteLine($"CHANGES between reporting up to {from:yyyy-MM-dd} and up to {to:yyyy-MM-dd}");
        var t = new TextTable("change", "source", "relation", "target", "before", "after", "status");
        foreach (var c in changes) t.Add(c.Kind, c.Source, c.Relation, c.Target, c.ConfidenceBefore, c.ConfidenceAfter, c.StatusAfter ?? c.StatusBefore);
        t.Print(o);
    }

    public static void Sensitivity(TextWriter o, ImmutableArray<SensitivityVariant> variants)
    {
        o.WriteLine("\nSENSITIVITY (top results without weak edges)");
        foreach (var v in variants)
        {
            o.WriteLine($"  {v.Variant}: {v.Edges} edges, overlap {v.OverlapWithBaseline:P0}");
            o.WriteLine($"      top: {string.Join(", ", v.Top)}");
            if (v.Dropped.Length > 0) o.WriteLine($"      dropped out: {string.Join(", ", v.Dropped)}");
            if (v.Entered.Length > 0) o.WriteLine($"      came in: {string.Join(", ", v.Entered)}");
        }
    }
}
