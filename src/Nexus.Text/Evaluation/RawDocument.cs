using Nexus.Text.IO;

namespace Nexus.Text.Evaluation;

/// <summary>
/// One document of a treebank rebuilt as raw text: sentences of a paragraph joined by a space,
/// paragraphs by a blank line, with each gold word's character span (multi-word tokens such as
/// "don't" give their parts' spans when the parts spell the token).
/// </summary>
internal sealed class RawDocument
{
    public string Text { get; private set; } = "";

    public List<(int Start, int End)> Spans { get; } = [];

    public List<(ConlluSentence S, int I, int Offset)> Words { get; } = [];

    public List<(int Start, int End)> Sentences { get; } = [];

    public static IEnumerable<RawDocument> Split(IReadOnlyList<ConlluSentence> gold)
    {
        var start = 0;
        for (var k = 1; k <= gold.Count; k++)
        {
            if (k < gold.Count && !gold[k].StartsDocument) continue;
            yield return Build(gold, start, k);
            start = k;
        }
    }

    private static RawDocument Build(IReadOnlyList<ConlluSentence> gold, int from, int to)
    {
        var text = new System.Text.StringBuilder();
        var doc = new RawDocument();
        for (var k = from; k < to; k++)
        {
            var s = gold[k];
            if (k > from) text.Append(s.StartsParagraph ? "\n\n" : " ");
            var sentenceStart = text.Length;
            text.Append(s.Text);
            var offset = doc.Words.Count;
            var cursor = 0;
            var tokenSpans = new (int Start, int End)[s.TokenForms.Length];
            for (var t = 0; t < s.TokenForms.Length; t++)
            {
                var form = s.TokenForms[t];
                var at = s.Text.IndexOf(form, cursor, StringComparison.Ordinal);
                var begin = at < 0 ? cursor : at;
                tokenSpans[t] = (sentenceStart + begin, sentenceStart + begin + form.Length);
                cursor = at < 0 ? cursor : begin + form.Length;
            }
            for (var i = 0; i < s.Length; i++)
            {
                var (ts, te) = tokenSpans[s.TokenOfWord[i]];
                var span = (ts, te);
                var firstWord = i;
                while (firstWord > 0 && s.TokenOfWord[firstWord - 1] == s.TokenOfWord[i]) firstWord--;
                var lastWord = i;
                while (lastWord + 1 < s.Length && s.TokenOfWord[lastWord + 1] == s.TokenOfWord[i]) lastWord++;
                if (lastWord > firstWord && string.Concat(s.Forms[firstWord..(lastWord + 1)]) == s.TokenForms[s.TokenOfWord[i]])
                {
                    var wordStart = ts;
                    for (var w = firstWord; w < i; w++) wordStart += s.Forms[w].Length;
                    span = (wordStart, wordStart + s.Forms[i].Length);
                }
                doc.Spans.Add(span);
                doc.Words.Add((s, i, offset));
            }
            doc.Sentences.Add((sentenceStart, text.Length));
        }
        doc.Text = text.ToString();
        return doc;
    }
}
