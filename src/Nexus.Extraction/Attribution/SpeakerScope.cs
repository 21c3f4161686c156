using Nexus.Core.Claims;

namespace Nexus.Extraction.Attribution;

/// <summary>
/// A speaker found in a sentence and the stretch of the sentence view that reports their words:
/// [ScopeStart, ScopeEnd) in view offsets. <see cref="Hedges"/> marks verbs that put the content in
/// doubt ("claims", "alleges"); <see cref="Denies"/> verbs that deny it.
/// </summary>
public sealed record SpeakerScope(Speaker Speaker, int CueAt, int ScopeStart, int ScopeEnd, bool Hedges, bool Denies, string Rule);
