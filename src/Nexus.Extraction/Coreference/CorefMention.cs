using Nexus.Core.Text;

namespace Nexus.Extraction.Coreference;

/// <summary>
/// A definite description or pronoun resolved to an earlier mention: its span, the antecedent's index in
/// the mention list, and whether its wording says something about the entity ("the Pakistani spy agency")
/// and so is worth keeping as an alias, unlike "the group" or "its".
/// </summary>
public readonly record struct CorefMention(TextSpan Span, int Antecedent, bool Descriptive);
