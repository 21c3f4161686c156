using System.CommandLine;
using Nexus.Cli.Infrastructure;
using Nexus.Core.Claims;

namespace Nexus.Cli.Commands;

/// <summary>`nexus map`: the network the store describes, at a glance: actors by weight of evidence, then every tie with a quote.</summary>
public static class MapCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var limit = new Option<int>("--quotes") { Description = "Quotes to print per tie", DefaultValueFactory = _ => 1 };
        var command = new Command("map", "Print the actors and their relations found in the store, each relation with its evidence") { db, limit };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.OpenExisting(parse.GetValue(db)!);
            var snapshot = store.Snapshot();
            var entities = snapshot.Entities.ToDictionary(e => e.Id);
            var claims = snapshot.Claims.Where(c => c.Review != Core.Knowledge.ReviewStatus.Rejected).ToList();
            var o = Console.Out;
            var weight = claims.SelectMany(c => new[] { c.SourceEntityId, c.TargetEntityId }).CountBy(id => id).ToDictionary(p => p.Key, p => p.Value);
            o.WriteLine($"ACTORS ({weight.Count} in {claims.Count} claims from {snapshot.Articles.Length} articles)");
            foreach (var (id, n) in weight.OrderByDescending(p => p.Value).ThenBy(p => entities[p.Key].Name))
            {
                var e = entities[id];
                o.WriteLine($"  {n,4}  {e.Name}  [{e.Type}]{(e.Aliases.Length > 1 ? "  aka " + string.Join(", ", e.Aliases.Where(a => a != e.Name).Take(4)) : "")}");
            }
            o.WriteLine();
            o.WriteLine("RELATIONS");
            var ties = claims.GroupBy(c => (c.SourceEntityId, c.Type, c.TargetEntityId))
                .OrderBy(g => g.Key.Type).ThenByDescending(g => g.Count());
            foreach (var tie in ties)
            {
                var polarity = string.Join(", ", tie.GroupBy(c => c.Polarity).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
                o.WriteLine($"  {entities[tie.Key.SourceEntityId].Name} --{tie.Key.Type.ToWire()}--> {entities[tie.Key.TargetEntityId].Name}  ({polarity})");
                foreach (var c in tie.Take(parse.GetValue(limit)))
                    o.WriteLine($"      “{c.Evidence.Text}”{(c.Speaker is null ? "" : " — " + c.Speaker)}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
