using System.Text.Json;
using Nexus.Core.Articles;
using Nexus.Core.Time;
using Nexus.Extraction.Events;
using Nexus.Extraction.KnowledgeBase;
using Nexus.Extraction.Output;
using Nexus.Extraction.Pipeline;
using Nexus.Extraction.Relations;
using Nexus.Text.Analysis;

namespace Nexus.Benchmarks.Claims;

/// <summary>
/// `claims-oracle GOLD_DIR SEEDS_DIR OUT_DIR [--pipeline]`: runs the claim and event stages on the seeds with the gold
/// entities (or, with --pipeline, the pipeline's own), writes OUT_DIR/&lt;stem&gt;.json for
/// score_extraction.py --output, and prints per-rule true/false positives as rule-precision.tsv rows.
/// </summary>
public static class ClaimsOracle
{
    public static int Run(string[] args)
    {
        var (goldDir, seedsDir, outDir) = (args[1], args[2], args[3]);
        var usePipeline = args.Contains("--pipeline");
        Directory.CreateDirectory(outDir);
        // The demonyms the pipeline reads with ("Indian agencies", "Israeli military said"), so their rules are counted too.
        var kbPath = Path.Combine("models", "kb.tsv.gz");
        var relations = new PatternRelationExtractor(demonyms: File.Exists(kbPath) ? DefaultPipeline.Demonyms(KnowledgeBaseIndex.Load(kbPath)) : null);
        var events = DefaultPipeline.CreateEventExtractor();
        // The pipeline's tagger and parser, so the rules read off the dependency parse are counted as well.
        var analyzer = DefaultPipeline.CreateAnalyzer("models");
        var pipeline = usePipeline ? DefaultPipeline.Create("models") : null; // loaded once, not per article
        if (args.Contains("--profile")) { ProfileViews(goldDir, seedsDir); return 0; }
        if (args.Contains("--throughput")) { Throughput(seedsDir); return 0; }
        var counts = new SortedDictionary<string, (int Tp, int Fp)>(StringComparer.Ordinal);
        foreach (var goldPath in Directory.GetFiles(goldDir, "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(goldPath));
            var gold = doc.RootElement;
            var stem = Path.GetFileNameWithoutExtension(goldPath);
            var text = File.ReadAllText(Path.Combine(seedsDir, stem + ".txt")).TrimStart('\uFEFF');
            // Gold without a date ("published": null) gives no date, not the year 0 of an unparsed default.
            PartialDate? published = PartialDate.TryParse(gold.GetProperty("article").GetProperty("published").GetString(), out var date) ? date : null;
            var article = Article.FromPlainText(text, new ArticleMetadata(Path: stem, Published: published));
            ArticleExtraction extraction;
            List<TracedClaim> traced;
            if (pipeline is not null)
            {
                extraction = pipeline.Extract(article);
                var ctx = new ExtractionContext(article, analyzer.Analyze(text, article.Content), extraction.Entities);
                traced = relations.ExtractTraced(ctx);
                if (args.Contains("--views")) PrintViews(ctx);
            }
            else
            {
                var analysis = analyzer.Analyze(text, article.Content);
                var entities = GoldEntities.Find(gold, text);
                var context = new ExtractionContext(article, analysis, entities);
                traced = relations.ExtractTraced(context);
                if (args.Contains("--views")) PrintViews(context);
                extraction = new ArticleExtraction(article, [.. entities], [.. traced.Select(t => t.Claim)], [.. events.Extract(context)]);
            }
            using (var output = File.Create(Path.Combine(outDir, stem + ".json"))) ExtractionJsonWriter.Write(output, extraction);
            Count(gold, extraction, traced, counts);
        }
        foreach (var (rule, (tp, fp)) in counts) Console.WriteLine($"{rule}\t{tp}\t{fp}");
        return 0;
    }

    private static void PrintViews(ExtractionContext context)
    {
        var factory = new SentenceViewFactory(context);
        foreach (var sentence in context.Analysis.Sentences)
        {
            var v = factory.Next(new Nexus.Core.Text.TextSpan(sentence.Start, sentence.End));
            Console.Error.WriteLine("VIEW " + v.Text + "   ## " + string.Join("; ", v.Slots.Select((x, k) => $"@{k}={x.Entity.Name}{(x.Inferred ? "*" : "")}")));
        }
    }

    /// <summary>A quick words-per-second figure for the whole pipeline and for the claim stages alone (steady state, one core).</summary>
    private static void Throughput(string seedsDir)
    {
        var pipeline = DefaultPipeline.Create("models");
        var texts = Directory.GetFiles(seedsDir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var articles = texts.Select(t => Article.FromPlainText(t)).ToList();
        var words = texts.Sum(t => t.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length);
        var extractions = articles.Select(pipeline.Extract).ToList();
        var analyzer = DefaultPipeline.CreateAnalyzer("models");
        var contexts = extractions.Select(x => new ExtractionContext(x.Article, analyzer.Analyze(x.Article.Text, x.Article.Content), x.Entities)).ToList();
        var relations = new PatternRelationExtractor();
        var events = DefaultPipeline.CreateEventExtractor();
        const int rounds = 20;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++) foreach (var a in articles) pipeline.Extract(a);
        var whole = words * rounds / sw.Elapsed.TotalSeconds;
        sw.Restart();
        for (var r = 0; r < rounds; r++) foreach (var c in contexts) { relations.Extract(c); events.Extract(c); }
        var claims = words * rounds / sw.Elapsed.TotalSeconds;
        Console.WriteLine($"words={words} whole_pipeline_words_per_s={whole:F0} claims_and_events_words_per_s={claims:F0}");
    }

    private static void ProfileViews(string goldDir, string seedsDir)
    {
        var views = new List<string>();
        foreach (var goldPath in Directory.GetFiles(goldDir, "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(goldPath));
            var text = File.ReadAllText(Path.Combine(seedsDir, Path.GetFileNameWithoutExtension(goldPath) + ".txt")).TrimStart('\uFEFF');
            var article = Article.FromPlainText(text);
            var analysis = new BasicTextAnalyzer().Analyze(text, article.Content);
            var factory = new SentenceViewFactory(new ExtractionContext(article, analysis, GoldEntities.Find(doc.RootElement, text)));
            foreach (var s in analysis.Sentences) views.Add(factory.Next(new Nexus.Core.Text.TextSpan(s.Start, s.End)).Text);
        }
        PatternProfile.Print(views);
    }

    private static void Count(JsonElement gold, ArticleExtraction x, List<TracedClaim> traced, SortedDictionary<string, (int, int)> counts)
    {
        var names = x.Entities.ToDictionary(e => e.Id, e => e.Name);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in gold.GetProperty("relations").EnumerateArray())
        {
            var (s, t, ty) = (Norm(r.GetProperty("source").GetString()!), Norm(r.GetProperty("target").GetString()!), r.GetProperty("type").GetString()!);
            keys.Add($"{s}|{ty}|{t}");
            if (ty is "allied_with" or "rival_of" or "fights") keys.Add($"{t}|{ty}|{s}");
        }
        var aliases = x.Entities.ToDictionary(e => e.Id, e => e.Aliases.Select(Norm).Append(Norm(e.Name)).ToList());
        var goldNames = GoldNames(gold);
        foreach (var (claim, rule) in traced)
        {
            var s = Resolve(aliases[claim.SourceId], goldNames);
            var t = Resolve(aliases[claim.TargetId], goldNames);
            var hit = s is not null && t is not null && keys.Contains($"{s}|{Nexus.Core.Claims.RelationTypes.ToWire(claim.Type)}|{t}");
            var baseRule = rule.Split('+')[0];
            counts[baseRule] = counts.TryGetValue(baseRule, out var c) ? (hit ? (c.Item1 + 1, c.Item2) : (c.Item1, c.Item2 + 1)) : (hit ? (1, 0) : (0, 1));
            if (!hit) Console.Error.WriteLine($"FP {rule}: {names[claim.SourceId]} {claim.Type} {names[claim.TargetId]} [{claim.Polarity}] « {claim.Evidence.Text} »");
        }
    }

    private static Dictionary<string, string> GoldNames(JsonElement gold)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in gold.GetProperty("entities").EnumerateArray())
        {
            var name = Norm(e.GetProperty("name").GetString()!);
            map.TryAdd(name, name);
            if (e.TryGetProperty("aliases_in_text", out var a))
                foreach (var s in a.EnumerateArray()) map.TryAdd(Norm(s.GetString()!), name);
        }
        return map;
    }

    private static string? Resolve(List<string> surfaces, Dictionary<string, string> goldNames) =>
        surfaces.Select(s => goldNames.GetValueOrDefault(s)).FirstOrDefault(n => n is not null);

    private static string Norm(string s) => Nexus.Extraction.Linking.NameNormalizer.Normalize(s);
}
