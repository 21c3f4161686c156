using System.Text.RegularExpressions;
using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Extraction.Relations;

namespace Nexus.Extraction.Attribution;

/// <summary>
/// "Y denied X's claims that …", "Y rejected Velorian allegations that …": the denied words are someone's accusation,
/// and that someone (a named actor, or a demonym's country) says them.
/// </summary>
public static partial class DeniedAccusation
{
    [GeneratedRegex(@"^\w+ (?:the )?(?:(?<who>@\d+)(?:'s)? |(?<dem>[a-z]+) )(?:claims|allegations|accusations|charges|assertions) that ", RegexOptions.CultureInvariant)]
    private static partial Regex Accusation();

    /// <summary>The accuser whose words a denying <paramref name="scope"/> rejects, when the relation at <paramref name="relationStart"/> follows them; otherwise null.</summary>
    public static Speaker? Accuser(SentenceView view, SpeakerScope scope, int relationStart, string articleText, CountryOfDemonym? demonyms, IEnumerable<Entity> entities)
    {
        if (!scope.Denies || scope.CueAt >= relationStart) return null;
        var m = Accusation().Match(view.Text[scope.CueAt..]);
        if (!m.Success || scope.CueAt + m.Length > relationStart) return null;
        if (m.Groups["who"] is { Success: true } who)
        {
            var slots = view.SlotsIn(scope.CueAt + who.Index, who.Length);
            return slots.Count == 0 ? null : Speaker.Named(view.Slots[slots[0]].Entity.Id, view.Slots[slots[0]].Span.Slice(articleText));
        }
        var dem = m.Groups["dem"];
        var words = view.SpanOf(scope.CueAt + dem.Index, scope.CueAt + m.Length - " that ".Length).Slice(articleText);
        var speaker = DemonymSpeaker.Resolve(Speaker.Unnamed(words), demonyms, entities);
        return speaker.EntityId is null ? null : speaker;
    }
}
