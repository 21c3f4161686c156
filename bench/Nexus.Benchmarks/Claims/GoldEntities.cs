using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Nexus.Core.Entities;
using Nexus.Core.Text;

namespace Nexus.Benchmarks.Claims;

/// <summary>
/// Development aid: the entities of a seed article taken from its gold file (every alias found in
/// the text), so the claim rules can be measured apart from entity recognition.
/// </summary>
public static class GoldEntities
{
    public static List<Entity> Find(JsonElement gold, string text)
    {
        var taken = new bool[text.Length];
        var spans = new List<(TextSpan Span, int Entity)>();
        var golds = gold.GetProperty("entities").EnumerateArray().ToList();
        var surfaces = new List<(string Surface, int Entity)>();
        for (var i = 0; i < golds.Count; i++)
        {
            surfaces.Add((golds[i].GetProperty("name").GetString()!, i));
            if (golds[i].TryGetProperty("aliases_in_text", out var aliases))
                foreach (var a in aliases.EnumerateArray()) surfaces.Add((a.GetString()!, i));
        }
        foreach (var (surface, entity) in surfaces.DistinctBy(s => s.Surface).OrderByDescending(s => s.Surface.Length))
        {
            var pattern = new Regex(@"(?<![\w])" + Regex.Escape(surface) + @"(?![\w])", surface.Any(char.IsUpper) ? RegexOptions.None : RegexOptions.IgnoreCase);
            foreach (Match m in pattern.Matches(text))
            {
                if (Enumerable.Range(m.Index, m.Length).Any(k => taken[k])) continue;
                for (var k = m.Index; k < m.Index + m.Length; k++) taken[k] = true;
                spans.Add((new TextSpan(m.Index, m.Index + m.Length), entity));
            }
        }
        var entities = new List<Entity>();
        for (var i = 0; i < golds.Count; i++)
        {
            var mine = spans.Where(s => s.Entity == i).Select(s => s.Span).OrderBy(s => s.Start).ToImmutableArray();
            if (mine.IsEmpty) continue;
            var type = Enum.Parse<EntityType>(golds[i].GetProperty("type").GetString()!);
            var aliases = mine.Select(s => s.Slice(text)).Distinct().ToImmutableArray();
            entities.Add(new Entity($"e{i + 1}", golds[i].GetProperty("name").GetString()!, type, aliases, mine));
        }
        return entities;
    }
}
