using System.CommandLine;
using System.Diagnostics;
using Nexus.Cli.Infrastructure;
using Nexus.Text.IO;
using Nexus.Text.Learning;
using Nexus.Text.Parsing;
using Nexus.Text.Tagging;

namespace Nexus.Cli.Commands;

/// <summary>`nexus train tagger|parser --train FILE --dev FILE --out FILE`: trains a model on a UD treebank, deterministically.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train the tagger or the dependency parser on a CoNLL-U treebank (seeded, deterministic)");
        command.Subcommands.Add(Build("tagger", "Train the part-of-speech tagger and lemmatizer", TrainTagger));
        command.Subcommands.Add(Build("parser", "Train the labelled dependency parser (tags come from --tagger)", TrainParser));
        command.Subcommands.Add(NerTrainCommand.Create());
        command.Subcommands.Add(ClustersTrainCommand.Create());
        return command;
    }

    private static Command Build(string name, string description, Action<ParseResult, Options> run)
    {
        var options = new Options();
        var command = new Command(name, description) { options.Train, options.Dev, options.Out, options.Epochs, options.Seed };
        if (name == "parser") { command.Options.Add(options.Tagger); command.Options.Add(options.Jackknife); command.Options.Add(options.Beam); command.Options.Add(options.BeamMargin); }
        else { command.Options.Add(options.SecondPass); command.Options.Add(options.Clusters); }
        command.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            run(parse, options);
            Console.Error.WriteLine($"trained in {watch.Elapsed.TotalSeconds:F0} s");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void TrainTagger(ParseResult parse, Options o)
    {
        var (train, dev) = Load(parse, o);
        var tagger = new TaggerTrainer { Epochs = parse.GetValue(o.Epochs) ?? 12, Seed = parse.GetValue(o.Seed), SecondPassFolds = parse.GetValue(o.SecondPass), Clusters = LoadClusters(parse.GetValue(o.Clusters)), Log = Console.Error.WriteLine }.Train(train, dev);
        using var stream = File.Create(parse.GetValue(o.Out)!);
        tagger.Save(stream);
    }

    private static void TrainParser(ParseResult parse, Options o)
    {
        var (train, dev) = Load(parse, o);
        var taggerPath = parse.GetValue(o.Tagger) ?? Path.Combine(ModelPaths.Directory, "tagger.bin");
        if (!File.Exists(taggerPath)) throw new CliException($"no tagger model at {taggerPath}; train one first or pass --tagger", ExitCodes.Usage);
        var tagger = PosTagger.Load(taggerPath);
        var folds = parse.GetValue(o.Jackknife);
        int[][]? tags = folds > 1
            ? Jackknife.Tag(train, dev, tagger, folds, new TaggerTrainer { Epochs = 8, Seed = parse.GetValue(o.Seed), Clusters = tagger.Clusters }, Console.Error.WriteLine)
            : null;
        var beam = parse.GetValue(o.Beam);
        if (beam < 1) throw new CliException("--beam must be at least 1", ExitCodes.Usage);
        var parser = beam == 1
            ? new ParserTrainer { Epochs = parse.GetValue(o.Epochs) ?? 15, Seed = parse.GetValue(o.Seed), Log = Console.Error.WriteLine }.Train(train, dev, tagger, tags)
            : new BeamParserTrainer { Beam = beam, Margin = parse.GetValue(o.BeamMargin) ?? float.PositiveInfinity, Epochs = parse.GetValue(o.Epochs) ?? 15, Seed = parse.GetValue(o.Seed), Log = Console.Error.WriteLine }.Train(train, dev, tagger, tags);
        using var stream = File.Create(parse.GetValue(o.Out)!);
        parser.Save(stream);
    }

    private static WordClusters? LoadClusters(string? path)
    {
        if (path is null || path == "none") return null;
        if (!File.Exists(path)) throw new CliException($"no such file: {path}", ExitCodes.Usage);
        return WordClusters.ReadText(path);
    }

    private static (List<ConlluSentence> Train, List<ConlluSentence> Dev) Load(ParseResult parse, Options o)
    {
        var train = parse.GetValue(o.Train)!;
        var dev = parse.GetValue(o.Dev)!;
        foreach (var path in new[] { train, dev })
            if (!File.Exists(path)) throw new CliException($"no such file: {path}", ExitCodes.Usage);
        return (ConlluReader.ReadFile(train), ConlluReader.ReadFile(dev));
    }

    private sealed class Options
    {
        public readonly Option<string> Train = new("--train") { Description = "Training treebank (CoNLL-U)", Required = true };
        public readonly Option<string> Dev = new("--dev") { Description = "Development treebank (CoNLL-U), used to pick the epoch", Required = true };
        public readonly Option<string> Out = new("--out") { Description = "Where to write the model", Required = true };
        public readonly Option<int?> Epochs = new("--epochs") { Description = "Training epochs" };
        public readonly Option<int> Seed = new("--seed") { Description = "Shuffle seed", DefaultValueFactory = _ => 1 };
        public readonly Option<int> Jackknife = new("--jackknife") { Description = "Learn from training tags predicted by taggers trained on the other folds (0: the shipped tagger's own tags)", DefaultValueFactory = _ => 0 };
        public readonly Option<int> SecondPass = new("--second-pass") { Description = "Folds of jackknifed first-pass tags for the second pass, which reads the tags to the right (0: one pass only)", DefaultValueFactory = _ => 5 };
        public readonly Option<string?> Clusters = new("--clusters") { Description = "Word clusters (nexus train clusters) for the cluster features, kept in the model; 'none' for none" };
        public readonly Option<int> Beam = new("--beam") { Description = "Beam width: 1 trains the greedy parser (dynamic oracle), more a global beam-search parser (max-violation updates); kept in the model", DefaultValueFactory = _ => 1 };
        public readonly Option<float?> BeamMargin = new("--beam-margin") { Description = "With --beam: decode keeping only successors within this score of the best (selective beam; default: the full beam); kept in the model" };
        public readonly Option<string?> Tagger = new("--tagger") { Description = "Tagger model whose predicted tags the parser learns from (default: models/tagger.bin)" };
    }
}
