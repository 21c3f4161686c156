using Nexus.Core.Claims;

namespace Nexus.Extraction.Relations.Syntax;

/// <summary>A word (by lemma) that states <see cref="Relation"/>; its target is a direct object when <see cref="DirectObject"/>, else introduced by one of <see cref="Prepositions"/>.</summary>
public sealed record SyntaxTrigger(RelationType Relation, bool DirectObject, IReadOnlyList<string> Prepositions)
{
    public bool TakesPreposition(string preposition) => Prepositions.Contains(preposition, StringComparer.Ordinal);
}
