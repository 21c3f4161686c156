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
    /// <summary>Id prefix of the country entries ("country:PK"), from CountryInfo or a curated row merged with one.</summary>
    public const string CountryIdPrefix = "country:";

    public IEnumerable<string> AllNames => Aliases.Prepend(Name);

    public bool IsCountry => Id.StartsWith(CountryIdPrefix, StringComparison.Ordinal);
}
