using Nexus.Core.Claims;

namespace Nexus.Extraction.Lexicon;

/// <summary>
/// One row of Lexicon/relation-cues.tsv: the forms of a word or phrase, the relation it states, the
/// prepositions that introduce its target and the frames it occurs in. Patterns are regex fragments
/// over the lower-case rewritten sentence.
/// </summary>
public sealed record RelationCue(
    string Cue,
    CueKind Kind,
    RelationType Relation,
    string AnyForm,
    string Participle,
    string Gerund,
    IReadOnlyList<string> Prepositions,
    IReadOnlyList<string> Frames,
    IReadOnlyList<string> Triggers,
    string Source);
