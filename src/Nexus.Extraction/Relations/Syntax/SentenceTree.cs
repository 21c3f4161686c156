using Nexus.Text.Analysis;

namespace Nexus.Extraction.Relations.Syntax;

/// <summary>
/// One parsed sentence seen as a tree: children per token, and which entity slot of the
/// <see cref="SentenceView"/> each token belongs to. Token indices are local (0 = the sentence's first token).
/// </summary>
public sealed class SentenceTree
{
    private readonly AnalyzedText _analysis;
    private readonly int _first;
    private readonly List<int>[] _children;
    private readonly int[] _slotOf;

    private SentenceTree(AnalyzedText analysis, Sentence sentence, SentenceView view)
    {
        _analysis = analysis;
        _first = sentence.FirstToken;
        Count = sentence.TokenCount;
        _children = new List<int>[Count];
        for (var i = 0; i < Count; i++) _children[i] = [];
        for (var i = 0; i < Count; i++)
        {
            var head = Head(i);
            if (head >= 0) _children[head].Add(i);
        }
        _slotOf = new int[Count];
        Array.Fill(_slotOf, -1);
        for (var k = 0; k < view.Slots.Count; k++)
        {
            var span = view.Slots[k].Span;
            for (var i = 0; i < Count; i++)
            {
                var token = analysis.Tokens[_first + i];
                if (token.Start < span.End && token.End > span.Start) _slotOf[i] = k;
            }
        }
    }

    public int Count { get; }

    /// <summary>The tree of a sentence, or null when the parser did not run.</summary>
    public static SentenceTree? Of(AnalyzedText analysis, Sentence sentence, SentenceView view) =>
        analysis.Heads is null || analysis.Relations is null || analysis.Lemmas is null || analysis.Upos is null || sentence.TokenCount == 0
            ? null
            : new SentenceTree(analysis, sentence, view);

    /// <summary>Local index of the head, or -1 for the root or a head outside the sentence.</summary>
    public int Head(int i)
    {
        var head = _analysis.Heads![_first + i];
        return head < _first || head >= _first + Count ? -1 : head - _first;
    }

    public string Relation(int i) => _analysis.Relations![_first + i];

    public string Lemma(int i) => _analysis.Lemmas![_first + i];

    public string Upos(int i) => _analysis.Upos![_first + i];

    /// <summary>The Penn tag ("VBN" tells a participle), or "" when the tagger gave none.</summary>
    public string Xpos(int i) => _analysis.Xpos?[_first + i] ?? "";

    public Token Token(int i) => _analysis.Tokens[_first + i];

    /// <summary>The token's characters in the text, without a string.</summary>
    public ReadOnlySpan<char> Text(int i) => _analysis.Tokens[_first + i].In(_analysis.Text);

    public IReadOnlyList<int> Children(int i) => _children[i];

    public int SlotOf(int i) => _slotOf[i];

    /// <summary>The children of <paramref name="i"/> whose relation is <paramref name="relation"/> or one of its subtypes ("obl" matches "obl:agent").</summary>
    public IEnumerable<int> Children(int i, string relation) =>
        _children[i].Where(c => Relation(c) == relation || Relation(c).StartsWith(relation + ":", StringComparison.Ordinal));

    /// <summary>The preposition that introduces a nominal ("case" child), lower-cased, or null.</summary>
    public string? CaseOf(int i)
    {
        foreach (var c in _children[i])
            if (Relation(c) == "case") return Lemma(c).ToLowerInvariant();
        return null;
    }
}
