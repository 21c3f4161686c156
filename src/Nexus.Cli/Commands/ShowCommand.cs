using System.CommandLine;
using Nexus.Cli.Infrastructure;
using Nexus.Core.Claims;
using Nexus.Core.Knowledge;
using Nexus.Store.Sqlite;

namespace Nexus.Cli.Commands;

/// <summary>`nexus show NAME`: everything stored about one entity, found by any of its names.</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Any name or alias of the entity (\"ISI\", \"Inter-Services Intelligence\")" };
        var db = CommonOptions.Database();
        var command = new Command("show", "Show an entity: its aliases and its claims grouped by relation, each with polarity, speaker, article, date and quote") { name, db };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.OpenExisting(parse.GetValue(db)!);
            var query = parse.GetValue(name)!;
            var found = store.FindEntities(query);
            if (found.Count == 0) throw new CliException($"no entity named '{query}'", ExitCodes.NotFound);
            Print(Console.Out, store, found[0]);
            if (found.Count > 1)
                Console.Out.WriteLine($"\nAlso matching '{query}': {string.Join(", ", found.Skip(1).Select(e => $"{e.Name} ({e.Type}, #{e.Id})"))}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(TextWriter o, SqliteKnowledgeStore store, StoredEntity entity)
    {
        o.WriteLine($"{entity.Name}  ({entity.Type}, #{entity.Id}{(entity.KnowledgeBaseId is null ? "" : ", kb " + entity.KnowledgeBaseId)})");
        var aliases = entity.Aliases.Where(a => a != entity.Name).ToList();
        if (aliases.Count > 0) o.WriteLine($"  also: {string.Join(", ", aliases)}");
        var claims = store.ClaimsAbout(entity.Id);
        var names = new Dictionary<long, string>();
        string NameOf(long id) => names.TryGetValue(id, out var n) ? n : names[id] = store.Entity(id)?.Name ?? $"#{id}";
        var articles = new Dictionary<long, StoredArticle?>();
        StoredArticle? ArticleOf(long id) => articles.TryGetValue(id, out var a) ? a : articles[id] = store.Article(id);

        if (claims.Count == 0) o.WriteLine("  no claims stored");
        foreach (var group in claims.GroupBy(c => c.Type).OrderBy(g => g.Key))
        {
            o.WriteLine($"\n  {group.Key.ToWire()} ({group.Count()})");
            foreach (var c in group)
            {
                var a = ArticleOf(c.ArticleId)?.Metadata;
                var speaker = c.Speaker is null ? "author" : c.SpeakerEntityId is long sid ? NameOf(sid) : c.Speaker;
                var contested = c.ContestsClaimId is null ? "" : $", contests claim #{c.ContestsClaimId}";
                o.WriteLine($"    {NameOf(c.SourceEntityId)} → {NameOf(c.TargetEntityId)}   [{c.Polarity.ToString().ToLowerInvariant()}, says {speaker}, confidence {c.Confidence:F2}, claim #{c.Id}{contested}]");
                o.WriteLine($"      {a?.Title ?? a?.Path ?? "?"} — {a?.Outlet ?? "unknown outlet"}, {a?.Published?.ToString() ?? "undated"}");
                o.WriteLine($"      “{c.Evidence.Text}”");
            }
        }
    }
}
