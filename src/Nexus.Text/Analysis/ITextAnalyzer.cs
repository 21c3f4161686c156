using Nexus.Core.Text;

namespace Nexus.Text.Analysis;

/// <summary>
/// Turns text into tokens, sentences and (when models are loaded) tags and a parse.
/// Only the given segments are analysed; a sentence never crosses a segment boundary.
/// </summary>
public interface ITextAnalyzer
{
    AnalyzedText Analyze(string text, IReadOnlyList<TextSpan> segments);
}
