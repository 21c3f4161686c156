using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Relations;
using Nexus.Extraction.Tests.Support;

namespace Nexus.Extraction.Tests.Relations;

public class SharedSentenceViewsTests
{
    private const string Text = "Pakistan backs the Taliban. It also funds Lashkar-e-Taiba. The group attacked India in 2008. They deny it.";

    private static Nexus.Extraction.Pipeline.ExtractionContext Context() => new TestArticle(Text)
        .With("Pakistan", EntityType.Government).With("Taliban", EntityType.MilitantGroup)
        .With("Lashkar-e-Taiba", EntityType.MilitantGroup).With("India", EntityType.Government).Context();

    private static List<TextSpan> Spans(Nexus.Extraction.Pipeline.ExtractionContext c) =>
        [.. c.Analysis.Sentences.Select(s => new TextSpan(s.Start, s.End))];

    [Fact]
    public void Readers_in_sentence_order_share_one_view_per_sentence()
    {
        var context = Context();
        var spans = Spans(context);
        Assert.True(spans.Count >= 3);
        var first = context.SentenceViews.Read();
        var second = context.SentenceViews.Read();
        foreach (var span in spans) Assert.Same(first.Next(span), second.Next(span));
    }

    [Fact]
    public void Shared_views_equal_a_fresh_factory_even_for_a_reader_that_skips_sentences()
    {
        var context = Context();
        var spans = Spans(context);
        var fresh = new SentenceViewFactory(Context());
        var all = context.SentenceViews.Read();
        foreach (var span in spans) Assert.Equal(Describe(fresh.Next(span)), Describe(all.Next(span)));

        // A reader that skips the first sentence must not see the pronoun resolution that sentence made possible.
        var skipping = context.SentenceViews.Read();
        var own = new SentenceViewFactory(Context());
        foreach (var span in spans.Skip(1)) Assert.Equal(Describe(own.Next(span)), Describe(skipping.Next(span)));
        // Without the first sentence "It" has no antecedent: the views differ, so that reader had to replay on its own.
        var inOrder = context.SentenceViews.Read();
        inOrder.Next(spans[0]);
        Assert.NotEqual(Describe(new SentenceViewFactory(Context()).Next(spans[1])), Describe(inOrder.Next(spans[1])));
    }

    private static string Describe(SentenceView v) => v.Text + " | " + string.Join(",", v.Slots.Select(s => s.Entity.Name + (s.Inferred ? "*" : "")));
}
