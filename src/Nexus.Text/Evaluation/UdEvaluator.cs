using System.Diagnostics;
using Nexus.Core.Text;
using Nexus.Text.Analysis;
using Nexus.Text.IO;

namespace Nexus.Text.Evaluation;

/// <summary>Scores an analyzer on a CoNLL-U treebank, with gold tokens or from the raw "# text" lines.</summary>
public static class UdEvaluator
{
    /// <summary>Tags and parses the gold words (one sentence each) and counts what matches.</summary>
    public static UdScores GoldTokenization(IReadOnlyList<ConlluSentence> gold, NlpTextAnalyzer analyzer)
    {
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        var goldWords = new List<(ConlluSentence S, int I, int Offset)>();
        foreach (var s in gold)
        {
            var first = tokens.Count;
            var offset = tokens.Count;
            for (var i = 0; i < s.Length; i++)
            {
                if (i > 0) text.Append(' ');
                tokens.Add(new Token(text.Length, text.Length + s.Forms[i].Length));
                text.Append(s.Forms[i]);
                goldWords.Add((s, i, offset));
            }
            sentences.Add(new Sentence(first, tokens.Count, tokens[first].Start, tokens[^1].End));
            text.Append('\n');
        }
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = analyzer.AnalyzeTokens(text.ToString(), [.. tokens], [.. sentences]);
        var seconds = watch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var counts = new Counts();
        for (var t = 0; t < goldWords.Count; t++)
        {
            var (s, i, offset) = goldWords[t];
            var goldHead = s.Heads[i] < 0 ? -1 : offset + s.Heads[i];
            counts.Add(result, t, s, i, result.Heads![t] == goldHead);
        }
        var n = goldWords.Count;
        return new UdScores(n, n, null, null, counts.Pct(counts.Upos, n, n), counts.Pct(counts.Xpos, n, n), counts.Pct(counts.Lemma, n, n),
            counts.Pct(counts.Uas, n, n), counts.Pct(counts.Las, n, n), counts.Pct(counts.LasFull, n, n), seconds, cpuSeconds);
    }

    /// <summary>Analyzes each document's raw text and aligns system words to gold words by character span.</summary>
    public static UdScores Raw(IReadOnlyList<ConlluSentence> gold, ITextAnalyzer analyzer, Action<string>? onMissedWord = null)
    {
        var counts = new Counts();
        int goldWords = 0, systemWords = 0, matchedWords = 0, goldSentences = 0, systemSentences = 0, matchedSentences = 0;
        // Every document is analysed first and timed as one run (reading the process's CPU time per document
        // would cost as much as analysing a short one), then scored.
        var docs = RawDocument.Split(gold).ToList();
        var results = new AnalyzedText[docs.Count];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (var d = 0; d < docs.Count; d++) results[d] = analyzer.Analyze(docs[d].Text, [new TextSpan(0, docs[d].Text.Length)]);
        var seconds = watch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        for (var d = 0; d < docs.Count; d++)
        {
            var (doc, result) = (docs[d], results[d]);
            var goldIndexOf = new Dictionary<(int, int), int>();
            for (var g = 0; g < doc.Spans.Count; g++) goldIndexOf.TryAdd(doc.Spans[g], g);
            var alignedGold = new int[result.Tokens.Length];
            for (var t = 0; t < result.Tokens.Length; t++)
                alignedGold[t] = goldIndexOf.TryGetValue((result.Tokens[t].Start, result.Tokens[t].End), out var g) ? g : -2;
            for (var t = 0; t < result.Tokens.Length; t++)
            {
                var g = alignedGold[t];
                if (g < 0) continue;
                matchedWords++;
                var (s, i, offset) = doc.Words[g];
                var goldHead = s.Heads[i] < 0 ? -1 : offset + s.Heads[i];
                var systemHead = result.Heads is null ? -3 : result.Heads[t] < 0 ? -1 : alignedGold[result.Heads[t]];
                counts.Add(result, t, s, i, systemHead == goldHead && systemHead != -2);
            }
            if (onMissedWord is not null)
            {
                var systemSpans = result.Tokens.Select(t => (t.Start, t.End)).ToHashSet();
                foreach (var (start, end) in doc.Spans.Where(span => !systemSpans.Contains(span)))
                    onMissedWord($"{doc.Text.Substring(start, end - start)}\t in: {doc.Text.Substring(Math.Max(0, start - 20), Math.Min(doc.Text.Length, end + 20) - Math.Max(0, start - 20)).ReplaceLineEndings(" ")}");
            }
            goldWords += doc.Spans.Count;
            systemWords += result.Tokens.Length;
            var goldSentenceSpans = doc.Sentences.ToHashSet();
            goldSentences += goldSentenceSpans.Count;
            systemSentences += result.Sentences.Length;
            matchedSentences += result.Sentences.Count(s => goldSentenceSpans.Contains((s.Start, s.End)));
        }
        return new UdScores(goldWords, systemWords, counts.Pct(matchedWords, goldWords, systemWords),
            counts.Pct(matchedSentences, goldSentences, systemSentences),
            counts.Pct(counts.Upos, goldWords, systemWords), counts.Pct(counts.Xpos, goldWords, systemWords),
            counts.Pct(counts.Lemma, goldWords, systemWords), counts.Pct(counts.Uas, goldWords, systemWords),
            counts.Pct(counts.Las, goldWords, systemWords), counts.Pct(counts.LasFull, goldWords, systemWords), seconds, cpuSeconds);
    }

    private sealed class Counts
    {
        public int Upos, Xpos, Lemma, Uas, Las, LasFull;

        public void Add(AnalyzedText result, int t, ConlluSentence s, int i, bool headCorrect)
        {
            if (result.Upos?[t] == s.Upos[i]) Upos++;
            if (result.Xpos?[t] == s.Xpos[i]) Xpos++;
            if (result.Lemmas?[t] == s.Lemmas[i]) Lemma++;
            if (!headCorrect || result.Relations is null) return;
            Uas++;
            var label = result.Relations[t];
            if (Universal(label).SequenceEqual(Universal(s.Relations[i]))) Las++;
            if (label == s.Relations[i]) LasFull++;
        }

        private static ReadOnlySpan<char> Universal(string label)
        {
            var colon = label.IndexOf(':');
            return colon < 0 ? label : label.AsSpan(0, colon);
        }

        /// <summary>F1 of <paramref name="correct"/> against both totals (an accuracy when they are equal).</summary>
        public double Pct(int correct, int gold, int system)
        {
            if (correct == 0) return 0;
            double p = (double)correct / system, r = (double)correct / gold;
            return 100 * 2 * p * r / (p + r);
        }
    }
}
