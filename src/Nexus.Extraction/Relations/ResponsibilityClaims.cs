using System.Text.RegularExpressions;
using Nexus.Core.Claims;
using Nexus.Core.Entities;

namespace Nexus.Extraction.Relations;

/// <summary>
/// "X claimed responsibility for the assault": a claim that names no target points back at the attack the article
/// last described, when that attack was placed ("… overran a base in Y"), so X claims, and attacks, Y. One instance
/// reads one article, in order. So does an agent given to an attack without a target: "the attack was carried out by X",
/// "X was behind the bombing", "officials blamed the attack on X", "the alleged killer, X".
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
                var src = view.SlotOf(m.Groups["src"]);
                if (!RelationPatternMatcher.IsActorType(src.Entity.Type) || src.Entity.Id == place.Id) continue;
                found.Add(new FoundRelation("claim.responsibility_for_last_attack:claims_responsibility", RelationType.ClaimsResponsibility,
                    src.Entity, place, m.Index, m.Index + m.Length, Inferred: true));
                found.Add(new FoundRelation("claim.responsibility_for_last_attack:attacks", RelationType.Attacks,
                    src.Entity, place, m.Index, m.Index + m.Length, Inferred: true));
            }
        }
        if (_lastPlace is { } claimed && !found.Any(f => f.Type == RelationType.ClaimsResponsibility))
        {
            foreach (var m in ClaimedToBeResponsible().Matches(view.Text).Concat(SaidItWasResponsible().Matches(view.Text)).Concat(ClaimedBy().Matches(view.Text)))
            {
                var src = view.SlotOf(m.Groups["src"]);
                if (!RelationPatternMatcher.IsActorType(src.Entity.Type) || src.Entity.Id == claimed.Id) continue;
                // "they" read as a slot: the group (or one who speaks for it) claims for itself, and is named before the verb.
                if (m.Groups["pronoun"].Success && (!src.Inferred || !view.SlotsIn(0, m.Index).Any(k => view.Slots[k].Entity.Id == src.Entity.Id))) continue;
                found.Add(new FoundRelation("claim.responsibility_stated:claims_responsibility", RelationType.ClaimsResponsibility,
                    src.Entity, claimed, m.Index, m.Index + m.Length, Inferred: true));
                found.Add(new FoundRelation("claim.responsibility_stated:attacks", RelationType.Attacks,
                    src.Entity, claimed, m.Index, m.Index + m.Length, Inferred: true));
            }
        }
        if (_lastPlace is { } attacked && !found.Any(f => f.Type == RelationType.Attacks))
        {
            foreach (var pattern in (Regex[])[CarriedOutBy(), BehindThe(), BlamedOn(), NamedAttacker()])
                for (var m = pattern.Match(view.Text); m.Success; m = m.NextMatch())
                {
                    var src = view.SlotOf(m.Groups["src"]);
                    if (!RelationPatternMatcher.IsActorType(src.Entity.Type) || src.Entity.Id == attacked.Id) continue;
                    found.Add(new FoundRelation("claim.agent_of_last_attack:attacks", RelationType.Attacks, src.Entity, attacked,
                        m.Index, m.Index + m.Length, Inferred: true));
                }
        }
        // The latest attack described: its place, or none when it was read against an actor only.
        var attacks = found.Where(f => f.Type == RelationType.Attacks && !f.Rule.StartsWith("claim.", StringComparison.Ordinal)).OrderBy(f => f.Start).ToList();
        if (attacks.Count > 0) _lastPlace = attacks.LastOrDefault(f => f.Target.Type == EntityType.Location)?.Target;
        else if (PlaceOfAttack(view) is { } where)
            _lastPlace = where;
    }

    /// <summary>
    /// "an attack on 13 September at the X cafe", "On 21 December in X, a suicide bomber blew himself up": an attack the sentence
    /// places but gives no agent.
    /// </summary>
    private static Entity? PlaceOfAttack(SentenceView view)
    {
        foreach (var pattern in (Regex[])[PlacedAttack(), PlaceBeforeAttack()])
            if (pattern.Match(view.Text) is { Success: true } placed && view.SlotOf(placed.Groups["place"]).Entity is { Type: EntityType.Location } where)
                return where;
        return null;
    }

    // "@0 , the spokesperson for @1 , claimed @2 were responsible for the attack", "@1 said it was responsible for the bombing":
    // the group is named before the verb (it speaks, or one who speaks for it does), and the attack has no target of its own.
    [GeneratedRegex(@"\b(?:claim(?:s|ed|ing)?|said|says|announced|admitted|acknowledged|confirmed) (?:that )?(?<pronoun>(?<src>@\d+)) " + WasResponsibleFor, RegexOptions.CultureInvariant)]
    private static partial Regex ClaimedToBeResponsible();

    // "@1 said it was responsible for the bombing", "@1 , which claimed that it had been responsible for the attack": the
    // group speaks of itself.
    [GeneratedRegex(@"(?<src>@\d+) (?:, (?:which|who) )?(?:[a-z]+ ){0,2}?(?:claim(?:s|ed)?|said|says|announced|admitted|acknowledged|confirmed) (?:that )?(?:it|they|we) " + WasResponsibleFor, RegexOptions.CultureInvariant)]
    private static partial Regex SaidItWasResponsible();

    // "the attack was claimed by @3", "responsibility for the bombing was claimed by the @3".
    [GeneratedRegex(@"\b(?:responsibility for )?(?:the |this |that |these |those |[a-z]+day's )(?:[a-z-]+ ){0,2}?" + AttackNoun + @" (?:was|were|has been|had been) (?:quickly |later |swiftly )?claimed by (?:the )?(?<src>@\d+)(?!'s| -)", RegexOptions.CultureInvariant)]
    private static partial Regex ClaimedBy();

    // "in @0 , a suicide bomber blew himself up", "at @3 , two gunmen opened fire": a place that opens the clause of an attack.
    [GeneratedRegex(@"\b(?:in|at|near) (?:the )?(?<place>@\d+) , (?:[a-z-]+ ){1,4}?(?:bombers?|gunm[ae]n|attackers?|assailants?|bombs?|blasts?|explosions?|" + AttackNoun + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBeforeAttack();

    // "@2 claimed responsibility for the assault", "@2 has accepted responsibility for Saturday's bombings" (a determiner:
    // one attack, not "responsibility for attacks" in general);
    // not when the attack is named with its own target ("for the attack on @4": the cue rows read that).
    [GeneratedRegex(@"(?<src>@\d+) (?:[a-z]+ ){0,2}?(?:claim(?:s|ed|ing)?|accept(?:s|ed|ing)?|admit(?:s|ted|ting)?|t(?:ook|akes|aking|ake)) (?:full |the )?responsibility for (?:the |this |these |that |those |its |their |[a-z]+day's )(?:[a-z-]+ ){0,2}?(?:attacks?|bombings?|assaults?|blasts?|explosions?|ambush(?:es)?|raids?|killings?|strikes?|massacre)\b(?! (?:on|in|at|against|near) (?:the )?@)", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();

    private const string AttackNoun = @"(?:attacks?|bombings?|assaults?|blasts?|explosions?|ambush(?:es)?|raids?|killings?|massacre|slayings?)";

    // "… was responsible for the attack" (one attack, named without its own target): the tail both self-claims share.
    private const string WasResponsibleFor = @"(?:was|were|is|are|had been) (?:solely |fully )?responsible for (?:the |this |these |that |those |its |their |[a-z]+day's )(?:[a-z-]+ ){0,2}?" + AttackNoun + @"\b(?! (?:on|in|at|against|near) (?:the )?@)";

    // "the attack is widely believed to have been carried out by the armed separatist group @3".
    [GeneratedRegex(@"\b(?:the|this|that) (?:[a-z-]+ ){0,2}?" + AttackNoun + @" (?:[a-z]+ ){0,6}?(?:carried out|perpetrated|committed|staged|orchestrated|masterminded) by (?:the )?(?:[a-z-]+ ){0,5}?(?<src>@\d+)(?!'s| -)", RegexOptions.CultureInvariant)]
    private static partial Regex CarriedOutBy();

    // "@3 was behind the bombing", "@3 were responsible for the attacks" (with no target of their own).
    [GeneratedRegex(@"(?<src>@\d+) (?:was|were|is|are|had been|has been|have been) (?:[a-z]+ )?(?:behind|responsible for) (?:the |this |these |that |those )(?:[a-z-]+ ){0,2}?" + AttackNoun + @"\b(?! (?:on|in|at|against|near) (?:the )?@)", RegexOptions.CultureInvariant)]
    private static partial Regex BehindThe();

    // "The alleged killer, @3, …", "suspected bomber @3": the attacker named by that role.
    [GeneratedRegex(@"\b(?:(?:the|a) )?(?:(?:alleged|suspected|presumed|accused|lone|would - be) )?(?:suicide )?(?:killer|attacker|assailant|bomber|gunman|shooter|perpetrator) (?:, )?(?<src>@\d+)(?!'s| - (?:based|led|backed|linked|affiliated|allied|run|owned|inspired|funded|sponsored|controlled)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NamedAttacker();

    // "officials blamed the attack on @3".
    [GeneratedRegex(@"\bblam(?:e|es|ed|ing) (?:the |this |these |that |those )(?:[a-z-]+ ){0,2}?" + AttackNoun + @" on (?:the )?(?<src>@\d+)(?!'s| -)", RegexOptions.CultureInvariant)]
    private static partial Regex BlamedOn();

    // "an attack on 13 September 1974 at the @2 in @3", "gunmen attacked a checkpoint in @3": the first place after an attack
    // word, within a clause.
    [GeneratedRegex(@"\b(?:" + AttackNoun + @"|attacked|bombed|stormed|raided|ambushed|shelled|exploded|detonated|went off)\b[^.;@]{0,40}?\b(?:at|in|on|near) (?:the )?(?<place>@\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex PlacedAttack();
}
