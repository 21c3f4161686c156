using Nexus.Text.Analysis;

namespace Nexus.Text.Tokenization;

/// <summary>
/// Tokenizes the way UD English EWT does: whitespace chunks lose their opening and closing punctuation,
/// clitics split off ("do|n't", "ISI|’s", "can|not"), hyphens split words ("Al|-|Zaman") except after
/// common prefixes ("e-mail", "non-human") and between digits, dashes always split, abbreviations keep
/// their period ("U.S.", "Dr."), URLs and e-mail addresses stay whole. Works on spans and appends to
/// a caller-owned list, so it allocates nothing per token.
/// </summary>
public sealed class EwtTokenizer
{
    public void Tokenize(string text, int start, int end, List<Token> into)
    {
        var i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            var j = i + 1;
            while (j < end && !char.IsWhiteSpace(text[j])) j++;
            TokenizeChunk(text, i, j, into);
            i = j;
        }
    }

    private static void TokenizeChunk(string text, int s, int e, List<Token> into)
    {
        if (TokenRules.EmoticonLength(text.AsSpan(s, e - s)) == e - s) { into.Add(new Token(s, e)); return; }
        // Opening punctuation, one token per mark (runs of the same mark stay together: "<<", "--").
        while (s < e && TokenRules.IsOpener(text[s]))
        {
            var emoticon = TokenRules.EmoticonLength(text.AsSpan(s, e - s));
            if (emoticon > 0) { into.Add(new Token(s, s + emoticon)); s += emoticon; continue; }
            if (TokenRules.IsBareClitic(text.AsSpan(s, e - s))) break; // "'s" standing alone
            var run = TokenRules.RunEnd(text, s, e);
            into.Add(new Token(s, run));
            s = run;
        }
        if (s >= e) return;

        // Closing punctuation, collected right to left and emitted after the core.
        Span<Token> suffixes = stackalloc Token[16];
        var suffixCount = 0;
        var urlCore = TokenRules.IsUrlOrEmail(text.AsSpan(s, e - s));
        while (e > s && suffixCount < suffixes.Length)
        {
            var c = text[e - 1];
            if (urlCore && !TokenRules.IsUrlCloser(c)) break;
            if (c is ')' or '(' or 'D' or 'P' && e - s >= 2 && TokenRules.EmoticonLength(text.AsSpan(e - 2, 2)) == 2 && (e - s == 2 || !char.IsLetterOrDigit(text[e - 3])))
            {
                suffixes[suffixCount++] = new Token(e - 2, e);
                e -= 2;
                continue;
            }
            if (c == '.' && !urlCore && e - s > 1 && TokenRules.IsAbbreviation(text.AsSpan(s, e - s))) break;
            if (!TokenRules.IsCloser(c)) break;
            if (e - s == 1 && suffixCount == 0) break; // the chunk is a lone mark: handled below as a core
            var runStart = TokenRules.RunStart(text, s, e);
            if (runStart == s && suffixCount == 0) break; // the whole chunk is one run of marks: "...", "!!!"
            suffixes[suffixCount++] = new Token(runStart, e);
            e = runStart;
        }

        if (e > s)
        {
            if (urlCore) into.Add(new Token(s, e));
            else SplitCore(text, s, e, into);
        }
        for (var k = suffixCount - 1; k >= 0; k--) into.Add(suffixes[k]);
    }

    /// <summary>A chunk without its outer punctuation: clitics off the end, then hyphens and dashes inside.</summary>
    private static void SplitCore(string text, int s, int e, List<Token> into)
    {
        var cliticStart = TokenRules.CliticStart(text.AsSpan(s, e - s));
        if (cliticStart < 0) cliticStart = TokenRules.UnitStart(text.AsSpan(s, e - s));
        var baseEnd = cliticStart > 0 ? s + cliticStart : e;
        SplitInfixes(text, s, baseEnd, into);
        if (baseEnd < e) into.Add(new Token(baseEnd, e));
    }

    private static void SplitInfixes(string text, int s, int e, List<Token> into)
    {
        var segment = s;
        var k = s;
        while (k < e)
        {
            var c = text[k];
            var split = 0; // length of the mark to split off at k, or 0
            if (c is '–' or '—' or '―' or '…' or '(' or ')' or '[' or ']' or '"' or '“' or '”') split = 1;
            else if (c is '?' or '!' && k + 1 < e && char.IsLetter(text[k + 1])) split = TokenRules.RunEnd(text, k, e) - k;
            else if (c is ',' or ';' && k > segment && k + 1 < e && char.IsLetter(text[k + 1]) && !char.IsDigit(text[k - 1])) split = 1;
            else if (c == '-' || c == '.' && k + 2 < e && text[k + 1] == '.' && text[k + 2] == '.')
            {
                var run = TokenRules.RunEnd(text, k, e);
                if (run - k >= 2) split = run - k;
                else if (k > segment && k + 1 < e && TokenRules.SplitsHyphen(text, s, segment, k, e)) split = 1;
            }
            else if (c == '/' && k - segment >= 2 && k + 2 < e && TokenRules.IsWordSlash(text, segment, k, e)) split = 1;
            if (split == 0) { k++; continue; }
            if (k > segment) into.Add(new Token(segment, k));
            into.Add(new Token(k, k + split));
            k += split;
            segment = k;
        }
        if (e > segment) into.Add(new Token(segment, e));
    }
}
