using Nexus.Core.Entities;
using Nexus.Core.Text;

namespace Nexus.Extraction.Entities;

/// <summary>A recognised name in the text, before linking: its span, a type guess and how sure the recognizer is.</summary>
public sealed record EntityMention(TextSpan Span, string Text, EntityType? Type, double Score = 1.0);
