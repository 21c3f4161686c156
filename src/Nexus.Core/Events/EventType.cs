namespace Nexus.Core.Events;

/// <summary>The event types of shared/spec/ontology.md; wire names are the lower-case enum names.</summary>
public enum EventType
{
    Attack,
    Agreement,
    Designation,
    Statement,
    Operation,
    Arrest,
    Founding,
}
