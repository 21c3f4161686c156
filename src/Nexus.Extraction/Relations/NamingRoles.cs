using Nexus.Core.Claims;

namespace Nexus.Extraction.Relations;

/// <summary>
/// Rules that read a role the writer names in passing ("X, a leader of Y", "Y's spokesman X", "Y Brigade General X", "the
/// Y's Z unit"): the writer's own description, not part of what a speaker of the sentence says, and not hedged or denied by
/// the verbs around it. A role stated as a predicate ("X was a member of Y", "who they suspected of being a Y figure") is not one.
/// </summary>
public static class NamingRoles
{
    private static readonly string[] Prefixes =
    [
        "role.apposition", "role.possessive_apposition", "role.title", "role.of_apposition",
        "group.compound_of", "group.possessive_compound", "dep.role_apposition",
    ];

    /// <summary>Whether a relation is a membership or leadership one of these rules read ("role.title:leads"); a rival named in
    /// passing ("X, Y's main rival, …, according to Z") stays what the speaker says.</summary>
    public static bool Names(FoundRelation relation) =>
        relation.Type is RelationType.MemberOf or RelationType.Leads && Prefixes.Any(p => relation.Rule.StartsWith(p, StringComparison.Ordinal));
}
