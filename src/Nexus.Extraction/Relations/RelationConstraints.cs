using Nexus.Core.Claims;
using Nexus.Core.Entities;

namespace Nexus.Extraction.Relations;

/// <summary>Which entity types can stand at each end of a relation: places do not sponsor, people are not operated in.</summary>
public static class RelationConstraints
{
    public static bool Allows(RelationType type, EntityType source, EntityType target)
    {
        if (IsThing(source)) return false;
        return type switch
        {
            RelationType.OperatesIn => target is EntityType.Location or EntityType.Government,
            RelationType.RecruitsFrom => !IsThing(target) || target == EntityType.Location,
            RelationType.Attacks or RelationType.Targets => source != EntityType.Population,
            RelationType.ClaimsResponsibility => true,
            // No one is a member of a person ("X met the foreign minister, Y" is not Y's title under X).
            RelationType.Leads or RelationType.MemberOf or RelationType.SplitFrom =>
                source is not (EntityType.Government or EntityType.Population) && !IsThing(target) && target != EntityType.Person,
            _ => !IsThing(target) && source != EntityType.Population,
        };
    }

    /// <summary>Places, projects and events: things relations are about, not actors.</summary>
    private static bool IsThing(EntityType t) => t is EntityType.Location or EntityType.Project or EntityType.Event;
}
