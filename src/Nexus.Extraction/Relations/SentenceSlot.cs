using Nexus.Core.Entities;
using Nexus.Core.Text;

namespace Nexus.Extraction.Relations;

/// <summary>One entity reference in a <see cref="SentenceView"/>: a mention, or a pronoun resolved to an entity (<see cref="Inferred"/>).</summary>
public sealed record SentenceSlot(Entity Entity, TextSpan Span, bool Inferred);
