using Nexus.Core.Claims;
using Nexus.Core.Entities;

namespace Nexus.Extraction.Relations;

/// <summary>
/// A relation one pattern read in one sentence, before polarity, speaker and time are decided.
/// Start/End are offsets into the <see cref="SentenceView"/> text; CueAt is where the cue word sits.
/// </summary>
public sealed record FoundRelation(
    string Rule,
    RelationType Type,
    Entity Source,
    Entity Target,
    int Start,
    int End,
    bool Denial = false,
    bool StatesAccusation = false,
    bool Inferred = false);
