using System.Collections.Immutable;
using Nexus.Core.Events;
using Nexus.Core.Text;
using Nexus.Core.Time;

namespace Nexus.Core.Knowledge;

/// <summary>An event in the store, its place and actors resolved to store-wide entities.</summary>
public sealed record StoredEvent(
    long Id,
    long ArticleId,
    EventType Type,
    PartialDate? Date,
    long? LocationEntityId,
    ImmutableArray<long> ActorEntityIds,
    Evidence Evidence,
    int? Killed,
    int? Injured);
