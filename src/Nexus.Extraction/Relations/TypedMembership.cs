using System.Text.RegularExpressions;
using Nexus.Core.Claims;
using Nexus.Core.Entities;

namespace Nexus.Extraction.Relations;

/// <summary>
/// Membership that the entity types say and no cue word does: "Charles Lister of the Middle East Institute" (a person
/// "of" an organisation), "the Belfast Brigade of the IRA" and "the IRGC's Quds Force" (a unit, named as one, of a group).
/// </summary>
public static partial class TypedMembership
{
    private static readonly string[] UnitWords =
        ["Brigade", "Brigades", "Battalion", "Battalions", "Regiment", "Division", "Wing", "Unit", "Cell", "Faction", "Branch", "Force", "Command"];

    public static void Find(SentenceView view, List<FoundRelation> into)
    {
        for (var m = OfPattern().Match(view.Text); m.Success; m = OfPattern().Match(view.Text, m.Index + 1))
        {
            var src = view.SlotOf(m.Groups["src"]);
            var tgt = view.SlotOf(m.Groups["tgt"]);
            if (src.Entity.Type == EntityType.Person && IsOrganisation(tgt.Entity.Type))
                Add("typed.person_of_organisation:member_of", src, tgt, m, into);
            else if (IsUnit(src.Entity) && IsGroup(tgt.Entity.Type))
                Add("typed.unit_of_group:member_of", src, tgt, m, into);
        }
        for (var m = PossessivePattern().Match(view.Text); m.Success; m = PossessivePattern().Match(view.Text, m.Index + 1))
        {
            var tgt = view.SlotOf(m.Groups["tgt"]);
            var src = view.SlotOf(m.Groups["src"]);
            if (IsUnit(src.Entity) && IsGroup(tgt.Entity.Type))
                Add("typed.group_possessive_unit:member_of", src, tgt, m, into);
        }
    }

    private static void Add(string rule, SentenceSlot src, SentenceSlot tgt, Match m, List<FoundRelation> into)
    {
        if (src.Entity.Id == tgt.Entity.Id) return;
        into.Add(new FoundRelation(rule, RelationType.MemberOf, src.Entity, tgt.Entity, m.Index, m.Index + m.Length,
            Inferred: src.Inferred || tgt.Inferred));
    }

    /// <summary>A group or state agency named as a unit ("Belfast Brigade", "Quds Force"), not the unit word alone.</summary>
    private static bool IsUnit(Entity e) =>
        e.Type is EntityType.MilitantGroup or EntityType.StateAgency or EntityType.CriminalGroup
        && e.Name.Contains(' ', StringComparison.Ordinal) && UnitWords.Any(w => e.Name.EndsWith(" " + w, StringComparison.Ordinal));

    private static bool IsGroup(EntityType t) =>
        t is EntityType.MilitantGroup or EntityType.StateAgency or EntityType.CriminalGroup or EntityType.PoliticalGroup;

    private static bool IsOrganisation(EntityType t) =>
        IsGroup(t) || t is EntityType.Organization or EntityType.Media;

    // "@3 of the @4", never "@3 of the @4's …" (then @4 owns something else) nor "@3 of @4 - based".
    [GeneratedRegex(@"(?<src>@\d+) of (?:the )?(?:[a-z]+ )?(?<tgt>@\d+)(?!\d|'s| -)", RegexOptions.CultureInvariant)]
    private static partial Regex OfPattern();

    [GeneratedRegex(@"(?<tgt>@\d+)'s (?<src>@\d+)(?!\d|'s)", RegexOptions.CultureInvariant)]
    private static partial Regex PossessivePattern();
}
