using System.Text;
using System.Text.RegularExpressions;
using Nexus.Core.Entities;
using Nexus.Core.Text;

namespace Nexus.Extraction.Relations;

/// <summary>
/// A sentence rewritten for pattern matching: lower-case words and punctuation separated by single
/// spaces, every entity mention replaced by a slot "@k" (k indexes <see cref="Slots"/>), possessives
/// kept as "@k's". Patterns match this string; <see cref="SpanOf"/> maps a match back to the article.
/// </summary>
public sealed class SentenceView
{
    private readonly int[] _unitOfChar;
    private readonly List<TextSpan> _units;

    internal SentenceView(string rewritten, int[] unitOfChar, List<TextSpan> units, IReadOnlyList<SentenceSlot> slots, TextSpan sentence)
    {
        Text = rewritten;
        _unitOfChar = unitOfChar;
        _units = units;
        Slots = slots;
        Sentence = sentence;
    }

    /// <summary>The rewritten sentence, e.g. "@0's support to @1 ( @2 ) worries @3 .".</summary>
    public string Text { get; }

    public IReadOnlyList<SentenceSlot> Slots { get; }

    /// <summary>The sentence in the article.</summary>
    public TextSpan Sentence { get; }

    /// <summary>The article span that a stretch [start, end) of <see cref="Text"/> covers.</summary>
    public TextSpan SpanOf(int start, int end)
    {
        if (end <= start) return new TextSpan(Sentence.Start, Sentence.Start);
        while (start < end && Text[start] == ' ') start++;
        while (end > start && Text[end - 1] == ' ') end--;
        var first = _units[_unitOfChar[start]];
        var last = _units[_unitOfChar[Math.Max(start, end - 1)]];
        return new TextSpan(first.Start, last.End);
    }

    /// <summary>The slot a pattern group that captured exactly one "@k" names.</summary>
    public SentenceSlot SlotOf(Group slot) => Slots[int.Parse(slot.ValueSpan[1..])];

    /// <summary>Slot indices named in a stretch of <see cref="Text"/> ("@3 , @4 and @7" gives 3, 4, 7).</summary>
    public List<int> SlotsIn(int start, int length)
    {
        var found = new List<int>();
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            if (Text[i] != '@') continue;
            var k = 0;
            var j = i + 1;
            while (j < end && char.IsAsciiDigit(Text[j])) k = k * 10 + (Text[j++] - '0');
            if (j > i + 1) found.Add(k);
            i = j - 1;
        }
        return found;
    }

    /// <summary>Index in <see cref="Text"/> where the unit covering article offset <paramref name="articleOffset"/> starts, or -1.</summary>
    public int PositionAt(int articleOffset)
    {
        for (var i = 0; i < Text.Length; i++)
        {
            if (Text[i] == ' ') continue;
            var unit = _units[_unitOfChar[i]];
            if (unit.Start <= articleOffset && articleOffset < unit.End) return i;
        }
        return -1;
    }

    /// <summary>Index in <see cref="Text"/> of slot k's "@", or -1.</summary>
    public int PositionOf(int slot)
    {
        var key = "@" + slot;
        for (var at = Text.IndexOf(key, StringComparison.Ordinal); at >= 0; at = Text.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            var after = at + key.Length;
            if (after >= Text.Length || !char.IsAsciiDigit(Text[after])) return at;
        }
        return -1;
    }

    internal sealed class Builder(TextSpan sentence, string article)
    {
        private readonly StringBuilder _text = new(sentence.Length + 16);
        private readonly List<int> _unitOfChar = new(sentence.Length + 16);
        private readonly List<TextSpan> _units = new(sentence.Length / 4 + 4);
        private readonly List<SentenceSlot> _slots = [];

        public void AddSlot(Entity entity, TextSpan span, bool possessive, bool inferred)
        {
            _slots.Add(new SentenceSlot(entity, span, inferred));
            Add("@" + (_slots.Count - 1) + (possessive ? "'s" : string.Empty), span);
        }

        public void AddWord(int start, int end)
        {
            if (_text.Length > 0) { _text.Append(' '); _unitOfChar.Add(_units.Count); }
            for (var i = start; i < end; i++)
            {
                var c = article[i];
                _text.Append(c is '’' or '‘' ? '\'' : char.ToLowerInvariant(c));
                _unitOfChar.Add(_units.Count);
            }
            _units.Add(new TextSpan(start, end));
        }

        /// <summary>A word the text implies but does not spell out ("and" between the two countries of "both countries").</summary>
        public void AddLiteral(string unit, TextSpan span) => Add(unit, span);

        public void AddMark(int at) => Add(article[at] is '–' or '—' or '‐' ? "-" : article[at].ToString(), new TextSpan(at, at + 1));

        private void Add(string unit, TextSpan span)
        {
            if (_text.Length > 0) { _text.Append(' '); _unitOfChar.Add(_units.Count); }
            _text.Append(unit);
            for (var i = 0; i < unit.Length; i++) _unitOfChar.Add(_units.Count);
            _units.Add(span);
        }

        public SentenceView Build() => new(_text.ToString(), [.. _unitOfChar], _units, _slots, sentence);
    }
}
