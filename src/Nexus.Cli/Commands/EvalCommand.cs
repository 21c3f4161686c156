using System.CommandLine;
using System.Diagnostics;
using Nexus.Cli.Infrastructure;
using Nexus.Text.Analysis;
using Nexus.Text.Evaluation;
using Nexus.Text.IO;
using Nexus.Text.Parsing;

namespace Nexus.Cli.Commands;

/// <summary>`nexus eval ud --gold FILE [--raw]`: scores the shipped tagger and parser on a UD treebank.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold treebank (CoNLL-U)", Required = true };
        var raw = new Option<bool>("--raw") { Description = "Tokenize and split the '# text' lines instead of using gold words; score by character alignment" };
        var models = new Option<string?>("--models") { Description = "Models folder (default: the shipped models/)" };
        var missed = new Option<bool>("--show-missed") { Description = "With --raw, print each gold word the tokenizer did not reproduce" };
        var repeat = new Option<bool>("--warm") { Description = "Run three more (JIT-warm) passes and report the speed of the one that used the least CPU" };
        var parserFile = new Option<string?>("--parser") { Description = "Parser model file to use instead of the one in the models folder" };
        var beam = new Option<int?>("--beam") { Description = "Decode with a beam of N configurations (default: the parser model's own; 1: greedy)" };
        var margin = new Option<float?>("--beam-margin") { Description = "Keep only beam successors scoring within this of the best (default: the model's own)" };
        var ud = new Command("ud", "Score tagging and parsing against a UD treebank: UPOS, XPOS, lemmas, UAS, LAS") { gold, raw, models, missed, repeat, parserFile, beam, margin };
        ud.SetAction(parse =>
        {
            var path = parse.GetValue(gold)!;
            if (!File.Exists(path)) throw new CliException($"no such file: {path}", ExitCodes.Usage);
            var directory = parse.GetValue(models) ?? ModelPaths.Directory;
            if (!NlpTextAnalyzer.ModelsExist(directory)) throw new CliException($"no tagger/parser models in {directory}", ExitCodes.Usage);
            var watch = Stopwatch.StartNew();
            var analyzer = NlpTextAnalyzer.Load(directory);
            var parser = parse.GetValue(parserFile) is { } file ? DependencyParser.Load(file) : analyzer.Parser;
            if (parse.GetValue(beam) is { } width) parser = parser.WithBeam(width, parse.GetValue(margin) ?? parser.BeamMargin);
            else if (parse.GetValue(margin) is { } m) parser = parser.WithBeam(parser.BeamWidth, m);
            if (parser != analyzer.Parser) analyzer = new NlpTextAnalyzer(analyzer.Tagger, parser);
            Console.WriteLine($"models loaded in {watch.Elapsed.TotalMilliseconds:F0} ms");
            var sentences = ConlluReader.ReadFile(path);
            var scores = parse.GetValue(raw) ? UdEvaluator.Raw(sentences, analyzer, parse.GetValue(missed) ? Console.WriteLine : null) : UdEvaluator.GoldTokenization(sentences, analyzer);
            for (var pass = 0; pass < (parse.GetValue(repeat) ? 3 : 0); pass++) // warm passes: the speed without JIT compilation
            {
                var again = parse.GetValue(raw) ? UdEvaluator.Raw(sentences, analyzer) : UdEvaluator.GoldTokenization(sentences, analyzer);
                if (again.CpuSeconds < scores.CpuSeconds || pass == 0) scores = again; // the least disturbed pass on a shared machine
            }
            Print(scores);
            return ExitCodes.Ok;
        });
        var command = new Command("eval", "Evaluate components against gold data");
        command.Subcommands.Add(ud);
        command.Subcommands.Add(NerEvalCommand.Create());
        return command;
    }

    private static void Print(UdScores s)
    {
        Console.WriteLine($"gold words {s.GoldWords}, system words {s.SystemWords}");
        if (s.Words is { } words) Console.WriteLine($"Words     {words,6:F2}");
        if (s.Sentences is { } sentences) Console.WriteLine($"Sentences {sentences,6:F2}");
        Console.WriteLine($"UPOS      {s.Upos,6:F2}");
        Console.WriteLine($"XPOS      {s.Xpos,6:F2}");
        Console.WriteLine($"Lemmas    {s.Lemmas,6:F2}");
        Console.WriteLine($"UAS       {s.Uas,6:F2}");
        Console.WriteLine($"LAS       {s.Las,6:F2}   (full relations with subtypes: {s.LasFull:F2})");
        Console.WriteLine($"speed     {s.WordsPerSecond:F0} words/s wall clock, {s.WordsPerCpuSecond:F0} words per CPU second (one thread, {s.Seconds:F2} s)");
        Console.WriteLine(FormattableString.Invariant($"upos={s.Upos:F2} uas={s.Uas:F2} las={s.Las:F2}"));
    }
}
