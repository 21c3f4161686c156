using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Extraction.Relations;

namespace Nexus.Extraction.Attribution;

/// <summary>
/// "Nigerian officials", "according to Colombian police": unnamed speakers qualified by a demonym speak for the
/// country, when the article names that country's government; their words are kept. So do state organs linked from
/// such words ("Colombian military intelligence"), but not a ministry or an embassy, which keeps its words.
/// </summary>
public static class DemonymSpeaker
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
        { "a", "an", "the", "one", "two", "three", "some", "several", "many", "senior", "top", "other", "unnamed", "anonymous" };

    private static readonly HashSet<string> Organs = new(StringComparer.OrdinalIgnoreCase) { "ministry", "ministries", "embassy", "consulate", "parliament", "court" };

    /// <summary>The speaker itself, or, for an unnamed speaker whose first word after determiners is a demonym, that country's entity.</summary>
    public static Speaker Resolve(Speaker speaker, CountryOfDemonym? demonyms, IEnumerable<Entity> entities)
    {
        if (demonyms is null) return speaker;
        // "Colombian military intelligence" where "Colombian military" was linked to the army: named, but put by nationality too.
        if (speaker.EntityId is { } id && entities.FirstOrDefault(e => e.Id == id) is not { Type: EntityType.StateAgency }) return speaker;
        var words = speaker.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(Determiners.Contains).ToList();
        // "Velorian security officials", not "Velorian Front sources": the demonym is the only capitalised word.
        if (words.Count < 2 || !char.IsUpper(words[0][0]) || words.Skip(1).Any(w => char.IsUpper(w[0]))) return speaker;
        // "the Velorian defence ministry": an organ of the state with a name of its own keeps its words.
        if (Organs.Contains(words[^1])) return speaker;
        if (demonyms(words[0]) is not { } country) return speaker;
        foreach (var e in entities)
            if (e.Type == EntityType.Government && (e.KnowledgeBaseId == country.Id || e.Name == country.Name))
                return Speaker.Named(e.Id, speaker.Text);
        return speaker;
    }
}
