using System.CommandLine;
using Nexus.Cli.Infrastructure;

namespace Nexus.Cli.Commands;

/// <summary>`nexus articles`: the stored articles, newest first, with what was extracted from each.</summary>
public static class ArticlesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var command = new Command("articles", "List stored articles: date, outlet, title and counts of entities, claims and events") { db };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.OpenExisting(parse.GetValue(db)!);
            var articles = store.Articles();
            var o = Console.Out;
            o.WriteLine($"{"id",4}  {"date",-10}  {"outlet",-18}  {"ent",4} {"clm",4} {"evt",4}  title");
            foreach (var a in articles)
            {
                var m = a.Metadata;
                var title = m.Title ?? Path.GetFileName(m.Path) ?? "(untitled)";
                var copy = a.CopyOf is long of ? $"  [copy of #{of}]" : "";
                o.WriteLine($"{a.Id,4}  {m.Published?.ToString() ?? "-",-10}  {Clip(m.Outlet ?? "-", 18),-18}  {a.EntityCount,4} {a.ClaimCount,4} {a.EventCount,4}  {title}{copy}");
            }
            o.WriteLine($"{articles.Count} article(s)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Clip(string s, int width) => s.Length <= width ? s : s[..(width - 1)] + "…";
}
