using Nexus.Core.Articles;
using Nexus.Core.Claims;

namespace Nexus.Cli.Commands;

/// <summary>A readable account of one extraction: the actors found and the claims with their quotes.</summary>
public static class ExtractionSummary
{
    public static void Print(TextWriter o, ArticleExtraction x)
    {
        var m = x.Article.Metadata;
        o.WriteLine($"== {m.Title ?? m.Path ?? "(untitled)"}  [{m.Published?.ToString() ?? "undated"}{(m.Outlet is null ? "" : ", " + m.Outlet)}]");
        var names = x.Entities.ToDictionary(e => e.Id, e => e.Name);
        o.WriteLine($"   {x.Entities.Length} entities, {x.Claims.Length} claims, {x.Events.Length} events");
        foreach (var e in x.Entities)
            o.WriteLine($"   {e.Type,-15} {e.Name}{(e.Aliases.Length > 1 ? "  (" + string.Join(", ", e.Aliases.Where(a => a != e.Name)) + ")" : "")}");
        foreach (var c in x.Claims)
        {
            var who = c.AttributedTo is null ? "" : $" — says {(c.AttributedTo.EntityId is { } id && names.TryGetValue(id, out var n) ? n : c.AttributedTo.Text)}";
            o.WriteLine($"   {names.GetValueOrDefault(c.SourceId, c.SourceId)} --{c.Type.ToWire()}--> {names.GetValueOrDefault(c.TargetId, c.TargetId)} [{c.Polarity.ToString().ToLowerInvariant()}{who}]");
            o.WriteLine($"      “{c.Evidence.Text}”");
        }
    }
}
