using System.Collections.Immutable;
using Nexus.Core.Text;
using Nexus.Core.Time;

namespace Nexus.Core.Events;

/// <summary>Something that happened, as one article reports it: type, date, place, actors and casualties where stated.</summary>
public sealed record Event(
    string Id,
    EventType Type,
    PartialDate? Date,
    string? LocationId,
    ImmutableArray<string> ActorIds,
    Evidence Evidence,
    int? Killed = null,
    int? Injured = null);
