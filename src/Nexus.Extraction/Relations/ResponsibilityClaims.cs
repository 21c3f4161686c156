using System.Text.RegularExpressions;
using Nexus.Core.Claims;
using Nexus.Core.Entities;

namespace Nexus.Extraction.Relations;

/// <summary>
/// "X claimed responsibility for the assault": a claim that names no target points back at the attack the article
/// last described, when that attack was placed ("… overran a base in Y"), so X claims, and attacks, Y. One instance
/// reads one article, in order.
/// </summary>
public sealed partial class ResponsibilityClaims
{
    private Entity? _lastPlace;

    /// <summary>Adds the claims of this sentence's bare responsibility phrases, then remembers the place of its last attack.</summary>
    public void Read(SentenceView view, List<FoundRelation> found)
    {
        if (_lastPlace is { } place && !found.Any(f => f.Type == RelationType.ClaimsResponsibility))
        {
            for (var m = Bare().Match(view.Text); m.Success; m = m.NextMatch())
            {
                var src = view.Slots[int.Parse(m.Groups["src"].ValueSpan[1..])];
                if (!RelationPatternMatcher.IsActorType(src.Entity.Type) || src.Entity.Id == place.Id) continue;
                found.Add(new FoundRelation("claim.responsibility_for_last_attack:claims_responsibility", RelationType.ClaimsResponsibility,
                    src.Entity, place, m.Index, m.Index + m.Length, Inferred: true));
                found.Add(new FoundRelation("claim.responsibility_for_last_attack:attacks", RelationType.Attacks,
                    src.Entity, place, m.Index, m.Index + m.Length, Inferred: true));
            }
        }
        // The latest attack described: its place, or none when it was read against an actor only.
        var attacks = found.Where(f => f.Type == RelationType.Attacks && !f.Rule.StartsWith("claim.", StringComparison.Ordinal)).OrderBy(f => f.Start).ToList();
        if (attacks.Count > 0) _lastPlace = attacks.LastOrDefault(f => f.Target.Type == EntityType.Location)?.Target;
    }

    // "@2 claimed responsibility for the assault", "@2 has accepted responsibility for Saturday's bombings";
    // not when the attack is named with its own target ("for the attack on @4": the cue rows read that).
    [GeneratedRegex(@"(?<src>@\d+) (?:[a-z]+ ){0,2}?(?:claim(?:s|ed|ing)?|accept(?:s|ed|ing)?|admit(?:s|ted|ting)?|t(?:ook|akes|aking|ake)) (?:full |the )?responsibility for (?:the |this |these |that |those |its |their |[a-z]+day's )?(?:[a-z-]+ ){0,2}?(?:attacks?|bombings?|assaults?|blasts?|explosions?|ambush(?:es)?|raids?|killings?|strikes?|massacre)\b(?! (?:on|in|at|against|near) (?:the )?@)", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();
}
