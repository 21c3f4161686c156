using Nexus.Core.Claims;
using Nexus.Core.Text;
using Nexus.Extraction.Relations;

namespace Nexus.Extraction.Attribution;

/// <summary>
/// Attribution across sentences of one article: the latest speaker (for "he said", "the official
/// added"), and quotations that run over several sentences — "'A. B,' one official said." gives A's
/// claims the speaker named after B; "X said: 'A. B.'" gives B's claims X. A quotation left open at
/// the end of a paragraph stays open only when the next paragraph opens with a quotation mark (the
/// convention for a quote that runs on); a whole quotation right after a quoted sentence with its speaker ("'A,' X said.
/// 'B.'") is that speaker's too. Not thread-safe: one per article.
/// </summary>
public sealed class ReportedSpeech
{
    private readonly List<int> _pending = [];
    private bool _inQuote;
    private Speaker? _quoteSpeaker;
    private int _previousEnd = -1;
    private Speaker? _lastQuoted;

    /// <summary>The latest speaker named before the current sentence.</summary>
    public Speaker? Previous { get; private set; }

    /// <summary>Whether the current sentence began inside a quotation opened earlier.</summary>
    public bool StartedInQuote { get; private set; }

    /// <summary>Call before reading a sentence: notes paragraph breaks and where quotations stand.</summary>
    public void Begin(string text, TextSpan sentence)
    {
        if (_previousEnd >= 0 && _previousEnd <= sentence.Start && text.AsSpan(_previousEnd, sentence.Start - _previousEnd).Contains('\n'))
        {
            var first = FirstNonSpace(text, sentence);
            if (_inQuote && !(first >= 0 && IsQuoteMark(text[first]))) CloseQuote();
            _lastQuoted = null;
        }
        StartedInQuote = _inQuote;
        _previousEnd = sentence.End;
    }

    /// <summary>
    /// Call after a sentence's claims were added at indices [firstClaim, claims.Count): assigns quoted claims
    /// their speaker (now or when the quotation closes) and remembers this sentence's speakers.
    /// </summary>
    public void End(string text, SentenceView view, IReadOnlyList<SpeakerScope> scopes, List<TracedClaim> claims, int firstClaim)
    {
        var (opensAt, closesAt, openAtEnd) = Scan(text, view.Sentence, _inQuote);
        var closer = closesAt >= 0 ? scopes.Where(s => s.ScopeStart == 0).OrderBy(s => s.CueAt).LastOrDefault()?.Speaker : null;
        var quoted = StartedInQuote || opensAt >= 0 && openAtEnd;
        if (quoted)
        {
            for (var i = firstClaim; i < claims.Count; i++)
            {
                if (claims[i].Claim.AttributedTo is not null) continue;
                if (_quoteSpeaker is not null) Assign(claims, i, _quoteSpeaker);
                else _pending.Add(i);
            }
        }
        if (StartedInQuote && closesAt >= 0)
        {
            if (closer is not null)
                foreach (var i in _pending)
                    if (claims[i].Claim.AttributedTo is null) Assign(claims, i, closer);
            CloseQuote();
        }
        if (openAtEnd && !StartedInQuote)
        {
            // "X said: 'A …": the speaker before the quotation mark speaks the sentences that follow.
            _quoteSpeaker = scopes.Where(s => view.SpanOf(s.CueAt, s.CueAt + 1).Start < opensAt).OrderBy(s => s.CueAt).LastOrDefault()?.Speaker;
        }
        // '"A," X said. "B."': a whole quotation right after one with a speaker, in the same paragraph, is the same speaker's.
        var wholeQuote = !StartedInQuote && opensAt >= 0 && !openAtEnd && opensAt == FirstNonSpace(text, view.Sentence) && scopes.Count == 0;
        if (wholeQuote && _lastQuoted is not null)
            for (var i = firstClaim; i < claims.Count; i++)
                if (claims[i].Claim.AttributedTo is null) Assign(claims, i, _lastQuoted);
        if (!(wholeQuote && _lastQuoted is not null))
            _lastQuoted = (opensAt >= 0 || StartedInQuote) && scopes.Count > 0 ? scopes.OrderBy(s => s.CueAt).Last().Speaker : null;
        _inQuote = openAtEnd;
        if (scopes.Count > 0) Previous = scopes.OrderBy(s => s.CueAt).Last().Speaker;
    }

    private void CloseQuote()
    {
        _inQuote = false;
        _quoteSpeaker = null;
        _pending.Clear();
    }

    private static void Assign(List<TracedClaim> claims, int i, Speaker speaker) =>
        claims[i] = claims[i] with { Claim = claims[i].Claim with { AttributedTo = speaker } };

    /// <summary>
    /// Where (article offsets) the first quotation opens and the first one opened
    /// earlier closes in the sentence, and whether a quotation is open at its end. An apostrophe inside
    /// a word ("group's") is not a quotation mark; a closing one follows a letter or punctuation.
    /// </summary>
    public static (int OpensAt, int ClosesAt, bool OpenAtEnd) Scan(string text, TextSpan sentence, bool open)
    {
        int opensAt = -1, closesAt = -1;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            var c = text[i];
            if (!IsQuoteMark(c)) continue;
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            if (char.IsLetterOrDigit(before) && char.IsLetter(after)) continue; // an apostrophe: "group's", "don't"
            var opening = c is '“' or '‘' || c is not ('”' or '’') && !open && (char.IsWhiteSpace(before) || before is '(' or '—' or '–' or '-' or ':' || i == sentence.Start) && !char.IsWhiteSpace(after);
            var closing = c is '”' || !opening && open && !char.IsWhiteSpace(before);
            if (opening && !open) { open = true; if (opensAt < 0) opensAt = i; }
            else if (closing && open)
            {
                open = false;
                if (closesAt < 0 && opensAt < 0) closesAt = i;
            }
        }
        return (opensAt, closesAt, open);
    }

    private static bool IsQuoteMark(char c) => c is '\'' or '"' or '“' or '”' or '‘' or '’';

    private static int FirstNonSpace(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
            if (!char.IsWhiteSpace(text[i])) return i;
        return -1;
    }
}
