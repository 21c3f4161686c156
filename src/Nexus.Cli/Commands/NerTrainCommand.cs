using System.CommandLine;
using System.Diagnostics;
using Nexus.Cli.Infrastructure;
using Nexus.Extraction.Entities.Ner;
using Nexus.Extraction.KnowledgeBase;
using Nexus.Text.Analysis;
using Nexus.Text.IO;

namespace Nexus.Cli.Commands;

/// <summary>`nexus train ner --data DIR --out FILE`: trains the named-entity recognizer on licence-allowed corpora, deterministically.</summary>
public static class NerTrainCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The shared data folder", Required = true };
        var kbPath = new Option<string>("--kb") { Description = "Knowledge base for gazetteer features", DefaultValueFactory = _ => Path.Combine("models", "kb.tsv.gz") };
        var output = new Option<string>("--out") { Description = "Where to write the model", DefaultValueFactory = _ => Path.Combine("models", "ner.bin.gz") };
        var epochs = new Option<int>("--epochs") { Description = "Training epochs", DefaultValueFactory = _ => 8 };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed", DefaultValueFactory = _ => 1 };
        var silver = new Option<string?>("--silver") { Description = "A CoNLL-U treebank with gold POS (UD EWT train) to label with a first model and add to training; 'none' to skip", DefaultValueFactory = _ => null };
        var command = new Command("ner", "Train the named-entity recognizer (Wikigold, BTC, WNUT-17, then UD EWT train silver-labelled; UNER EWT dev picks the epoch)") { data, kbPath, output, epochs, seed, silver };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(data)!;
            if (!Directory.Exists(dir)) throw new CliException($"no such folder: {dir}", ExitCodes.Usage);
            var watch = Stopwatch.StartNew();
            var kb = File.Exists(parse.GetValue(kbPath)) ? KnowledgeBaseIndex.Load(parse.GetValue(kbPath)!) : KnowledgeBaseIndex.Empty;
            var models = Path.GetDirectoryName(Path.GetFullPath(parse.GetValue(kbPath)!))!;
            var tagger = NlpTextAnalyzer.ModelsExist(models) ? NlpTextAnalyzer.Load(models) : null;
            var lexicon = NerLexiconSource.Read(dir);
            var train = NerCorpus.LoadTraining(NerCorpus.TrainFiles(dir), kb, tagger, lexicon);
            var lowered = NerLowerCasePlaces.Copies(train, kb, tagger, lexicon);
            Console.Error.WriteLine($"{lowered.Count} copies with place names in lower case");
            train.AddRange(lowered);
            var dev = NerCorpus.Load([NerCorpus.DevFile(dir)], kb, tagger);
            Console.Error.WriteLine($"{train.Count} training sentences, {dev.Count} dev sentences, KB {kb.Count} entries, lexicon {lexicon.Places.Count} places, {lexicon.Organisations.Count} organisations, {lexicon.People.Count} people, {lexicon.Nationalities.Count} nationality words, POS features {(tagger is null ? "off" : "on")}");
            var trainer = new NerTrainer { Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed), Lexicon = lexicon, Log = Console.Error.WriteLine };
            var model = trainer.Train(train, dev);
            var silverPath = parse.GetValue(silver) ?? NerCorpus.SilverFile(dir);
            if (silverPath != "none" && File.Exists(silverPath))
            {
                var labelled = NerSilver.Label(ConlluReader.ReadFile(silverPath), model.WithBeam(NerModel.DefaultBeam), kb);
                Console.Error.WriteLine($"second pass with {labelled.Count} silver sentences from {Path.GetFileName(silverPath)}");
                model = trainer.Train([.. train, .. labelled], dev);
            }
            using (var stream = File.Create(parse.GetValue(output)!)) model.Save(stream);
            Console.Error.WriteLine($"{model.FeatureCount} features kept, {new FileInfo(parse.GetValue(output)!).Length / 1024} KiB, trained in {watch.Elapsed.TotalSeconds:F0} s");
            return ExitCodes.Ok;
        });
        return command;
    }
}
