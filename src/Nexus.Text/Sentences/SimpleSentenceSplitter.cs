using Nexus.Text.Analysis;

namespace Nexus.Text.Sentences;

/// <summary>
/// Splits a token run into sentences at terminal punctuation followed by a capital or a quote,
/// and at blank-line or line breaks (headlines and list items end without a full stop).
/// </summary>
public sealed class SimpleSentenceSplitter
{
    public void Split(string text, List<Token> tokens, int first, int end, List<Sentence> into)
    {
        var sentenceStart = first;
        for (var i = first; i < end; i++)
        {
            var boundary = false;
            var tok = tokens[i];
            if (i + 1 < end)
            {
                var next = tokens[i + 1];
                if (HasLineBreak(text, tok.End, next.Start)) boundary = true;
                else if (tok.Length == 1 && text[tok.Start] is '.' or '!' or '?')
                {
                    var nc = text[next.Start];
                    boundary = char.IsUpper(nc) || char.IsDigit(nc) || nc is '"' or '“' or '‘' or '\'';
                }
                else if (tok.Length == 1 && text[tok.Start] is '"' or '”' && i > first && text[tokens[i - 1].Start] is '.' or '!' or '?')
                {
                    boundary = char.IsUpper(text[next.Start]);
                }
            }
            else boundary = true;

            if (boundary)
            {
                into.Add(new Sentence(sentenceStart, i + 1, tokens[sentenceStart].Start, tok.End));
                sentenceStart = i + 1;
            }
        }
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (text[k] == '\n') return true;
        return false;
    }
}
