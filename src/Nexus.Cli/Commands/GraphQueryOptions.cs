using System.CommandLine;
using System.Globalization;
using Nexus.Cli.Infrastructure;
using Nexus.Core.Claims;
using Nexus.Core.Knowledge;
using Nexus.Graph.Model;
using Nexus.Store.Sqlite;

namespace Nexus.Cli.Commands;

/// <summary>The options every graph verb shares (store, time, relation types, weak-edge filters), and reading them into <see cref="GraphOptions"/>.</summary>
public sealed class GraphQueryOptions
{
    public Option<string> Db { get; } = CommonOptions.Database();

    public Option<string?> AsOf { get; } = new("--as-of") { Description = "Only what the reporting had said by this date (YYYY[-MM[-DD]])" };

    public Option<string?> From { get; } = new("--from") { Description = "Only reporting published on or after this date" };

    public Option<string?> To { get; } = new("--to") { Description = "Only reporting published on or before this date" };

    public Option<string?> Types { get; } = new("--types") { Description = "Relation types to use, comma-separated (e.g. sponsors,funds,arms); default all" };

    public Option<bool> DropSingleSource { get; } = new("--drop-single-source") { Description = "Leave out edges reported by one outlet only" };

    public Option<bool> DropContested { get; } = new("--drop-contested") { Description = "Leave out edges someone denies" };

    public Option<bool> Unweighted { get; } = new("--unweighted") { Description = "Weigh every edge 1 instead of by its confidence" };

    public Option<bool> Json { get; } = new("--json") { Description = "Print JSON instead of a table" };

    public void AddTo(Command command, bool window = true)
    {
        command.Options.Add(Db);
        command.Options.Add(AsOf);
        if (window)
        {
            command.Options.Add(From);
            command.Options.Add(To);
        }
        command.Options.Add(Types);
        command.Options.Add(DropSingleSource);
        command.Options.Add(DropContested);
        command.Options.Add(Unweighted);
        command.Options.Add(Json);
    }

    public KnowledgeSnapshot Snapshot(ParseResult parse)
    {
        using var store = StoreOpener.OpenExisting(parse.GetValue(Db)!);
        return store.Snapshot();
    }

    public GraphOptions Read(ParseResult parse) => new()
    {
        Window = Window(parse),
        Types = ParseTypes(parse.GetValue(Types)),
        DropSingleSource = parse.GetValue(DropSingleSource),
        DropContested = parse.GetValue(DropContested),
        WeightByConfidence = !parse.GetValue(Unweighted),
    };

    public TimeWindow Window(ParseResult parse) =>
        new(Date(parse.GetValue(AsOf), latest: true), Date(parse.GetValue(From), latest: false), Date(parse.GetValue(To), latest: true));

    /// <summary>A partial date as a day: "2025" as a lower bound is 2025-01-01, as an upper bound 2025-12-31.</summary>
    public static DateOnly? Date(string? text, bool latest)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!Core.Time.PartialDate.TryParse(text, out var d))
            throw new CliException($"not a date: '{text}' (use YYYY, YYYY-MM or YYYY-MM-DD)", ExitCodes.Usage);
        return latest ? d.Latest : d.Earliest;
    }

    public static HashSet<RelationType> ParseTypes(string? text)
    {
        var set = new HashSet<RelationType>();
        foreach (var name in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!RelationTypes.TryParse(name.Replace('-', '_').ToLower(CultureInfo.InvariantCulture), out var t))
                throw new CliException($"unknown relation type '{name}' (one of {string.Join(", ", RelationTypes.All.Select(x => x.ToWire()))})", ExitCodes.Usage);
            set.Add(t);
        }
        return set;
    }

    /// <summary>Entities named by any name or alias, via the store's folding lookup.</summary>
    public static List<StoredEntity> ResolveNames(SqliteKnowledgeStore store, string list)
    {
        var result = new List<StoredEntity>();
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var found = store.FindEntities(name);
            if (found.Count == 0) throw new CliException($"no entity named '{name}'", ExitCodes.NotFound);
            result.Add(found[0]);
        }
        return result;
    }
}
