using Nexus.Text.IO;
using Nexus.Text.Parsing;

namespace Nexus.Text.Tagging;

/// <summary>
/// Tags a training set the way run-time text is tagged: split into folds, each fold tagged by a tagger
/// trained on the other folds. The parser then learns from realistic, imperfect tags.
/// </summary>
public static class Jackknife
{
    /// <summary>Tag classes per sentence, in the class numbering of <paramref name="reference"/> (the shipped tagger).</summary>
    public static int[][] Tag(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev, PosTagger reference, int folds, TaggerTrainer trainer, Action<string>? log)
    {
        var classOf = ParserTrainer.TagClassesOf(reference).Select((c, i) => (c, i)).ToDictionary(e => e.c, e => e.i);
        var result = new int[train.Count][];
        for (var fold = 0; fold < folds; fold++)
        {
            var rest = train.Where((_, k) => k % folds != fold).ToList();
            var tagger = trainer.Train(rest, dev);
            var foldClasses = ParserTrainer.TagClassesOf(tagger);
            for (var k = fold; k < train.Count; k += folds)
            {
                var (words, _) = ParserInput.Of(train[k], tagger);
                var classes = new int[train[k].Length];
                tagger.Tag(words.AsSpan(1), classes);
                result[k] = [.. classes.Select(c => classOf.GetValueOrDefault(foldClasses[c], 0))];
            }
            log?.Invoke($"jackknife fold {fold + 1}/{folds} tagged");
        }
        return result;
    }
}
