using Nexus.Core.Text;
using Nexus.Text.Analysis;

namespace Nexus.Extraction.Entities;

/// <summary>
/// The baseline recognizer: runs of capitalised tokens ("Inter-Services Intelligence", "Islamic State of
/// Iraq and Syria"), joined across "of", "and", "the" inside a name, and upper-case acronyms. Sentence-initial
/// function words and common sentence openers are not names.
/// </summary>
public sealed class CapitalizedSpanRecognizer : IEntityRecognizer
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "and", "the", "for", "al", "de", "e", "i" };

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "As", "It", "Its", "This", "That", "These", "Those", "There",
        "However", "While", "When", "Although", "Also", "Further", "Furthermore", "Moreover", "Now", "Then", "Initially", "Earlier",
        "Significantly", "Crucially", "Again", "Against", "Proof", "First", "Second", "Third", "Most", "Many", "Some", "Both", "Any",
        "Why", "What", "How", "Who", "Which", "Where", "If", "But", "And", "Or", "So", "Yet", "His", "Her", "Their", "Our", "We", "They",
        "He", "She", "I", "You", "One", "Officials", "Share", "Synopsis", "Key", "Takeaways", "Latest", "News", "Google", "Audio",
        "Security", "Intelligence", "Gradually", "Failure", "Through", "Unlike", "Under", "After", "Before", "During", "Since", "Following",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Published", "Dr", "Mr", "Mrs", "Ms", "General",
    };

    public IReadOnlyList<EntityMention> Recognize(AnalyzedText text)
    {
        var found = new List<EntityMention>();
        foreach (var sentence in text.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (!IsNameToken(text, i) || (IsOpener(text, i, sentence) && !IsNameToken(text, i + 1, sentence.EndToken)))
                {
                    i++;
                    continue;
                }
                if (IsOpener(text, i, sentence)) i++;
                var end = i + 1;
                while (end < sentence.EndToken)
                {
                    if (IsNameToken(text, end)) { end++; continue; }
                    if (end + 1 < sentence.EndToken && Connectors.Contains(text.TokenText(end)) && IsNameToken(text, end + 1)) { end += 2; continue; }
                    break;
                }
                var span = new TextSpan(text.Tokens[i].Start, text.Tokens[end - 1].End);
                found.Add(new EntityMention(span, span.Slice(text.Text), null, 0.5));
                i = end;
            }
        }
        return found;
    }

    private static bool IsOpener(AnalyzedText text, int i, Sentence sentence) =>
        NotNames.Contains(text.TokenText(i)) && (i == sentence.FirstToken || !char.IsLetter(text.Text[text.Tokens[i - 1].Start]));

    private static bool IsNameToken(AnalyzedText text, int i, int end = int.MaxValue)
    {
        if (i >= text.Tokens.Length || i >= end) return false;
        var token = text.Tokens[i];
        var c = text.Text[token.Start];
        if (!char.IsUpper(c)) return false;
        var word = text.TokenText(i);
        return !NotNames.Contains(word) || i > 0 && char.IsUpper(text.Text[text.Tokens[i - 1].Start]) && !IsSentenceStart(text, i - 1);
    }

    private static bool IsSentenceStart(AnalyzedText text, int i) => text.Sentences[text.SentenceOf(i)].FirstToken == i;
}
