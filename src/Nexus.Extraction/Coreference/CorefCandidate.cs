using Nexus.Core.Entities;
using Nexus.Core.Text;

namespace Nexus.Extraction.Coreference;

/// <summary>
/// A linked mention that a description or pronoun may refer back to: its span, type, the country of its knowledge-base
/// entry (or ""), which entity it belongs to (so that two mentions of one actor are not two competitors), the entity's
/// name (a place's words as written here), its knowledge-base id (a place's kind: "geo:a1:" a province), when linked, and
/// the words of this mention ("the gangster network").
/// </summary>
public readonly record struct CorefCandidate(TextSpan Span, EntityType Type, string Country, int Entity, string Name = "", string? KbId = null, string Words = "");
