using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Extraction.Relations;

namespace Nexus.Extraction.Attribution;

/// <summary>
/// "Nigerian officials", "according to Colombian police": unnamed speakers qualified by a demonym speak for the
/// country, when the article names that country's government; their words are kept.
/// </summary>
public static class DemonymSpeaker
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
        { "a", "an", "the", "one", "two", "three", "some", "several", "many", "senior", "top", "other", "unnamed", "anonymous" };

    /// <summary>The speaker itself, or, for an unnamed speaker whose first word after determiners is a demonym, that country's entity.</summary>
    public static Speaker Resolve(Speaker speaker, CountryOfDemonym? demonyms, IEnumerable<Entity> entities)
    {
        if (speaker.EntityId is not null || demonyms is null) return speaker;
        var words = speaker.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(Determiners.Contains).ToList();
        // "Velorian security officials", not "Velorian Front sources": the demonym is the only capitalised word.
        if (words.Count < 2 || !char.IsUpper(words[0][0]) || words.Skip(1).Any(w => char.IsUpper(w[0]))) return speaker;
        if (demonyms(words[0]) is not { } country) return speaker;
        foreach (var e in entities)
            if (e.Type == EntityType.Government && (e.KnowledgeBaseId == country.Id || e.Name == country.Name))
                return Speaker.Named(e.Id, speaker.Text);
        return speaker;
    }
}
