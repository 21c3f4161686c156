using System.CommandLine;
using Nexus.Cli.Infrastructure;

namespace Nexus.Cli.Commands;

/// <summary>`nexus history`: the audit trail of analyst corrections (merges, splits, claim reviews, undos), newest first.</summary>
public static class HistoryCommand
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = "How many actions to list", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var db = CommonOptions.Database();
        var command = new Command("history", "List analyst corrections (merge, split, review, undo), newest first") { limit, json, db };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.OpenExisting(parse.GetValue(db)!);
            var actions = store.History(Math.Max(1, parse.GetValue(limit)));
            if (parse.GetValue(json))
            {
                JsonOutput.Print(actions.Select(a => new { a.Id, a.Kind, a.Actor, a.At, a.Note, a.Summary, a.UndoneBy }));
                return ExitCodes.Ok;
            }
            if (actions.Count == 0)
            {
                Console.Out.WriteLine("no corrections recorded");
                return ExitCodes.Ok;
            }
            var table = new TextTable("action", "when (UTC)", "by", "kind", "what", "undone by");
            foreach (var a in actions)
                table.Add(a.Id, a.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm"), a.Actor, a.Kind, a.Summary + (a.Note is null ? "" : $" ({a.Note})"), a.UndoneBy);
            table.Print(Console.Out);
            return ExitCodes.Ok;
        });
        return command;
    }
}
