namespace Nexus.Core.Claims;

/// <summary>The relation types of shared/spec/ontology.md. Wire names are snake_case: see <see cref="RelationTypes"/>.</summary>
public enum RelationType
{
    Sponsors,
    Funds,
    Arms,
    Trains,
    Shelters,
    Directs,
    AlliedWith,
    RivalOf,
    Fights,
    Attacks,
    Targets,
    ClaimsResponsibility,
    RecruitsFrom,
    MemberOf,
    Leads,
    SplitFrom,
    Designates,
    OperatesIn,
}
