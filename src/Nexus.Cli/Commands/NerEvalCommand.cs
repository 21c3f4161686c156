using System.CommandLine;
using Nexus.Cli.Infrastructure;
using Nexus.Extraction.Entities.Ner;
using Nexus.Extraction.KnowledgeBase;
using Nexus.Text.Analysis;

namespace Nexus.Cli.Commands;

/// <summary>`nexus eval ner --gold FILE`: precision, recall and F1 per type on a CoNLL-style file (IOB1 or IOB2), labels made consistent within each document.</summary>
public static class NerEvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "CoNLL-style gold file (CoNLL-2003, UNER .iob2, WNUT, BTC)", Required = true };
        var model = new Option<string?>("--model") { Description = "NER model (default: models/ner.bin.gz)" };
        var dump = new Option<string?>("--dump") { Description = "Write token, gold and predicted label per line to this file (error analysis)" };
        var beam = new Option<int?>("--beam") { Description = "Decode with a beam of N hypotheses (default: the model's own setting)" };
        var command = new Command("ner", "Score the named-entity recognizer on a CoNLL-style gold file") { gold, model, dump, beam };
        command.SetAction(parse =>
        {
            var goldPath = parse.GetValue(gold)!;
            if (!File.Exists(goldPath)) throw new CliException($"no such file: {goldPath}", ExitCodes.Usage);
            var modelPath = parse.GetValue(model) ?? Path.Combine(ModelPaths.Directory, "ner.bin.gz");
            if (!File.Exists(modelPath)) throw new CliException($"no NER model at {modelPath}; run 'nexus train ner' first", ExitCodes.Usage);
            var kbPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, "kb.tsv.gz");
            var kb = File.Exists(kbPath) ? KnowledgeBaseIndex.Load(kbPath) : KnowledgeBaseIndex.Empty;
            var models = Path.GetDirectoryName(Path.GetFullPath(modelPath))!;
            var tagger = NlpTextAnalyzer.ModelsExist(models) ? NlpTextAnalyzer.Load(models) : null;
            var ner = NerModel.Load(modelPath);
            if (parse.GetValue(beam) is { } width) ner = ner.WithBeam(width);
            var documents = NerCorpus.LoadDocuments(goldPath, kb, tagger);
            var scores = NerEvaluator.EvaluateDocuments(ner, documents);
            var sentenceLevel = NerEvaluator.Evaluate(ner, [.. documents.SelectMany(d => d)]).Overall;
            if (parse.GetValue(dump) is { } dumpPath) Dump(dumpPath, ner, documents);
            Console.WriteLine($"{"type",-6} {"P",7} {"R",7} {"F1",7} {"gold",6}");
            foreach (var (type, c) in scores.ByType.OrderBy(p => p.Key, StringComparer.Ordinal))
                Console.WriteLine($"{type,-6} {c.Precision * 100,7:F2} {c.Recall * 100,7:F2} {c.F1 * 100,7:F2} {c.Gold,6}");
            var o = scores.Overall;
            Console.WriteLine($"{"all",-6} {o.Precision * 100,7:F2} {o.Recall * 100,7:F2} {o.F1 * 100,7:F2} {o.Gold,6}");
            Console.WriteLine($"{documents.Count} documents; sentence by sentence (no document consistency): P {sentenceLevel.Precision * 100:F2} R {sentenceLevel.Recall * 100:F2} F1 {sentenceLevel.F1 * 100:F2}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Dump(string path, NerModel ner, List<List<(NerSentence Sentence, string[] Labels)>> documents)
    {
        using var writer = new StreamWriter(path);
        foreach (var document in documents)
        {
            var predicted = NerEvaluator.PredictDocument(ner, document.Select(d => d.Sentence).ToList());
            for (var k = 0; k < document.Count; k++)
            {
                var (sentence, labels) = document[k];
                for (var i = 0; i < sentence.Count; i++)
                    writer.WriteLine($"{sentence.Token(i)}\t{labels[i]}\t{predicted[k][i]}\t{sentence.Gazetteer[i] ?? "-"}");
                writer.WriteLine();
            }
        }
    }
}
