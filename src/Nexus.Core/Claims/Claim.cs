using Nexus.Core.Text;
using Nexus.Core.Time;

namespace Nexus.Core.Claims;

/// <summary>
/// One relation that one sentence of one article states: who, what relation, whom; how it is put
/// (polarity), by whom (speaker), when it held, how far we trust the rule that read it, and the
/// exact words. A denial is a claim of its own; <see cref="Contests"/> is the index, in the same
/// extraction, of the claim it denies.
/// </summary>
public sealed record Claim(
    string SourceId,
    RelationType Type,
    string TargetId,
    Polarity Polarity,
    Speaker? AttributedTo,
    PartialDate? ValidFrom,
    PartialDate? ValidTo,
    double Confidence,
    Evidence Evidence,
    int? Contests = null);
