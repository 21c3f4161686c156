using System.Collections.Immutable;
using Nexus.Core.Entities;

namespace Nexus.Extraction.KnowledgeBase;

/// <summary>
/// One knowledge-base actor or place: a stable id, the canonical name, its type and aliases, and for a
/// country its demonyms ("Pakistani") and capitals ("Islamabad", used as metonyms for the government).
/// <see cref="Country"/> is the ISO alpha-2 code of the state an agency or place belongs to, when known.
/// </summary>
public sealed record KbEntry(
    string Id,
    EntityType Type,
    string Name,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Demonyms,
    ImmutableArray<string> Capitals,
    string Country,
    string Source)
{
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}
