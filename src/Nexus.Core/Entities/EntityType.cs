namespace Nexus.Core.Entities;

/// <summary>The entity types of shared/spec/ontology.md; the enum names are the wire names.</summary>
public enum EntityType
{
    Person,
    MilitantGroup,
    CriminalGroup,
    StateAgency,
    Government,
    PoliticalGroup,
    Media,
    Population,
    Location,
    Project,
    Event,
    Organization,
}
