using System.Diagnostics;
using System.Globalization;
using Nexus.Core.Articles;
using Nexus.Extraction.Entities;
using Nexus.Extraction.Entities.Ner;
using Nexus.Extraction.Events;
using Nexus.Extraction.KnowledgeBase;
using Nexus.Extraction.Linking;
using Nexus.Extraction.Pipeline;
using Nexus.Extraction.Relations;
using Nexus.Text.Analysis;

namespace Nexus.Benchmarks.Pipeline;

/// <summary>
/// `pipeline-stages [TEXT_DIR] [--rounds N] [--warmup auto|N] [--models DIR]`: after warming up (<see cref="WarmUp"/>),
/// runs the extraction pipeline's stages one after another on every .txt of a folder (default ../shared/seeds), as <see cref="ExtractionPipeline"/> does, and
/// times each with this thread's CPU clock; then times parts of the recognizer and the claim reader on their
/// own. Every stage is reported as words per CPU second and as a ratio to the analyzer (tokenize, tag,
/// parse) measured in the same run, so the figures survive a loaded machine.
/// </summary>
public static class PipelineStages
{
    public static int Run(string[] args)
    {
        var dir = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : "../shared/seeds";
        var rounds = Option(args, "--rounds", 20);
        var models = OptionText(args, "--models") ?? "models";
        var texts = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(f => File.ReadAllText(f).TrimStart('\uFEFF')).ToList();
        var articles = texts.Select(t => Article.FromPlainText(t)).ToList();
        var words = texts.Sum(t => t.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries).Length);

        var load = Stopwatch.StartNew();
        var analyzer = DefaultPipeline.CreateAnalyzer(models);
        var kb = KnowledgeBaseIndex.Load(Path.Combine(models, "kb.tsv.gz"));
        var nerPath = Path.Combine(models, "ner.bin.gz");
        var ner = File.Exists(nerPath) ? NerModel.Load(nerPath) : null;
        var recognizer = new HybridEntityRecognizer(kb, ner);
        var linker = new KnowledgeLinker(kb);
        var relations = new PatternRelationExtractor();
        var events = DefaultPipeline.CreateEventExtractor();
        var pipeline = new ExtractionPipeline(analyzer, recognizer, linker, relations, events);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles.Count} articles, {words:N0} words, {rounds} rounds; stages loaded in {load.Elapsed.TotalSeconds:F1} s; clock: {(ThreadCpuClock.IsThreadCpu ? "thread CPU" : "wall")}"));

        WarmUp.Run(OptionText(args, "--warmup") ?? "auto", () => { foreach (var a in articles) pipeline.Extract(a); });

        var t = new StageTimes();
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        int[] gc0 = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var wall = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            foreach (var article in articles)
            {
                var analysis = t.Time("analyze", () => analyzer.Analyze(article.Text, article.Content));
                var mentions = t.Time("recognize", () => recognizer.Recognize(analysis));
                var entities = t.Time("link", () => linker.Link(analysis, mentions));
                var context = t.Time("context", () => new ExtractionContext(article, analysis, entities));
                t.Time("relations", () => relations.Extract(context));
                t.Time("events", () => events.Extract(context));
            }
        }
        var wholeWall = wall.Elapsed.TotalSeconds;
        var wholeCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
        var total = t.Total;
        var gcs = string.Join('/', gc0.Select((c, g) => GC.CollectionCount(g) - c));

        // Parts, each timed on its own over the same inputs.
        var analyses = articles.Select(a => analyzer.Analyze(a.Text, a.Content)).ToList();
        var contexts = articles.Select((a, i) => new ExtractionContext(a, analyses[i], linker.Link(analyses[i], recognizer.Recognize(analyses[i])))).ToList();
        var sentences = analyses.SelectMany(RecognizerInputs.Sentences(kb)).ToList();
        var descriptors = new DescriptorRecognizer(kb);
        var matcher = new RelationPatternMatcher(Nexus.Extraction.Lexicon.RelationLexicon.Default);
        var parts = new StageTimes();
        for (var r = 0; r < rounds; r++)
        {
            foreach (var (plain, tagged) in sentences)
            {
                parts.Time("  kb match", () => KbSpanMatcher.Find(plain, kb));
                if (ner is not null) parts.Time("  ner", () => ner.Predict(tagged));
                parts.Time("  descriptors", () => { var into = new List<Nexus.Extraction.Entities.EntityMention>(); descriptors.Find(tagged, into); return into; });
            }
            foreach (var c in contexts)
            {
                var views = parts.Time("  sentence views", () =>
                {
                    var f = new SentenceViewFactory(c);
                    return c.Analysis.Sentences.Select(s => f.Next(new Nexus.Core.Text.TextSpan(s.Start, s.End))).ToList();
                });
                parts.Time("  pattern matching", () => views.Sum(v => matcher.Find(v).Count));
            }
        }

        if (args.Contains("--patterns"))
        {
            var all = contexts.SelectMany(c => { var f = new SentenceViewFactory(c); return c.Analysis.Sentences.Select(s => f.Next(new Nexus.Core.Text.TextSpan(s.Start, s.End)).Text); }).ToList();
            var tried = matcher.Patterns.Sum(p => all.Count(p.MayMatch));
            Console.WriteLine($"{matcher.Patterns.Count} patterns, {all.Count} sentences, {tried} pattern runs after the cue check ({tried / (double)all.Count:F1} per sentence)");
            Nexus.Benchmarks.Claims.PatternProfile.Print(all, 25);
        }

        var baseline = t["analyze"];
        Console.WriteLine($"{"stage",-20} {"cpu s",8} {"ms/round",9} {"words/cpu-s",12} {"vs analyze",11} {"share",6} {"bytes/word",11}");
        foreach (var (name, seconds, bytes) in t.All) Row(name, seconds, bytes, rounds, words, baseline, total);
        Row("whole pipeline", total, t.TotalBytes, rounds, words, baseline, total);
        Console.WriteLine($"garbage collections in the timed rounds (gen0/1/2): {gcs}");
        Console.WriteLine("parts, timed alone:");
        foreach (var (name, seconds, bytes) in parts.All) Row(name, seconds, bytes, rounds, words, baseline, total);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"whole_pipeline_words_per_cpu_s={words * rounds / total:F0} whole_pipeline_words_per_s_wall={words * rounds / wholeWall:F0} process_cpu_words_per_s={words * rounds / wholeCpu:F0} analyze_words_per_cpu_s={words * rounds / baseline:F0}"));
        return 0;
    }

    private static void Row(string name, double seconds, long bytes, int rounds, int words, double baseline, double total) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-20} {seconds,8:F3} {seconds * 1000 / rounds,9:F1} {words * rounds / seconds,12:F0} {seconds / baseline,11:F3} {seconds / total,6:P0} {bytes / (double)words / rounds,11:F0}"));

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } s && int.TryParse(s, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
