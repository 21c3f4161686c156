namespace Nexus.Extraction.Lexicon;

/// <summary>One row of Lexicon/relation-frames.tsv: a syntactic frame as a regex template with macros.</summary>
public sealed record FrameTemplate(string Name, string Rule, bool Denial, bool StatesAccusation, bool Pairwise, string Template);
