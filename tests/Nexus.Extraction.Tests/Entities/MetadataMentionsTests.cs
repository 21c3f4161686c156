using Nexus.Core.Articles;
using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Entities;
using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Tests.Entities;

public class MetadataMentionsTests
{
    private const string Text = "Lahore, Mar 3 Officials met in Lahore on Monday.\nRana Tariq Aslam is a security analyst.";

    private static Article ArticleWith(string? dateline, string? author)
    {
        var content = new TextSpan(14, 48); // "Officials met in Lahore on Monday."
        return new Article(new ArticleMetadata(Dateline: dateline, Author: author), Text, [content]);
    }

    [Fact]
    public void Dateline_place_and_bio_author_outside_the_content_become_mentions_with_spans()
    {
        var added = MetadataMentions.Add(ArticleWith("Lahore", "Rana Tariq Aslam"), []);
        Assert.Equal(2, added.Count);
        Assert.Equal((new TextSpan(0, 6), "Lahore", (EntityType?)EntityType.Location), (added[0].Span, added[0].Text, added[0].Type));
        Assert.Equal((new TextSpan(49, 65), (EntityType?)EntityType.Person), (added[1].Span, added[1].Type));
        Assert.Equal("Rana Tariq Aslam", Text[49..65]);
    }

    [Fact]
    public void Desk_and_agency_bylines_and_names_absent_from_the_text_add_nothing()
    {
        Assert.Empty(MetadataMentions.Add(ArticleWith(null, "Staff Reporter"), []));
        Assert.Empty(MetadataMentions.Add(ArticleWith(null, "PTI"), []));
        Assert.Empty(MetadataMentions.Add(ArticleWith("Karachi", "Sana Mir"), []));
    }

    [Fact]
    public void A_span_already_recognised_is_not_added_twice()
    {
        var existing = new EntityMention(new TextSpan(0, 6), "Lahore", EntityType.Location);
        var added = MetadataMentions.Add(ArticleWith("Lahore", null), [existing]);
        Assert.Single(added);
    }

    private const string BioText = "Officials met in Lahore on Monday.\n\nRana Tariq Aslam is a former envoy in Mauritius and a fellow at Oxford Policy House in London.";

    private static KnowledgeBaseIndex Places() => new(
    [
        new KbEntry("country:MU", EntityType.Government, "Mauritius", [], ["Mauritian"], ["Port Louis"], "MU", "test"),
        new KbEntry("geo:london", EntityType.Location, "London", [], [], [], "GB", "test"),
        new KbEntry("org:oph", EntityType.Organization, "Oxford Policy House", [], [], [], "GB", "test"),
    ]);

    [Fact]
    public void Countries_and_places_after_in_from_at_in_the_author_note_become_linked_mentions()
    {
        var article = new Article(new ArticleMetadata(Author: "Rana Tariq Aslam"), BioText, [new TextSpan(0, 34)]);
        var added = MetadataMentions.Add(article, [], Places());
        Assert.Equal(["Rana Tariq Aslam", "Mauritius", "London"], added.Select(m => m.Text));
        Assert.Equal("country:MU", added[1].KbId);
        Assert.Equal("Mauritius", BioText[added[1].Span.Start..added[1].Span.End]);
        Assert.Equal("geo:london", added[2].KbId);
    }

    [Fact]
    public void Without_a_knowledge_base_or_an_author_note_no_place_is_taken_from_it()
    {
        var article = new Article(new ArticleMetadata(Author: "Rana Tariq Aslam"), BioText, [new TextSpan(0, 34)]);
        Assert.Single(MetadataMentions.Add(article, []));
        var noBio = new Article(new ArticleMetadata(), BioText, [new TextSpan(0, 34)]);
        Assert.Empty(MetadataMentions.Add(noBio, [], Places()));
    }

    [Fact]
    public void A_bare_byline_line_is_metadata_and_adds_no_person()
    {
        const string text = "Talks stall\n\nBy Lena Morrow\n\nOfficials met in Lahore on Monday.";
        var content = new TextSpan(text.IndexOf("Officials", StringComparison.Ordinal), text.Length);
        var article = new Article(new ArticleMetadata(Author: "Lena Morrow"), text, [content]);
        Assert.Empty(MetadataMentions.Add(article, []));
        var withNote = new Article(new ArticleMetadata(Author: "Lena Morrow"), text + "\n\nLena Morrow is a reporter on security.", [content]);
        Assert.Equal(text.Length + 2, Assert.Single(MetadataMentions.Add(withNote, [])).Span.Start);
    }
}
