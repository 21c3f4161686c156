using Nexus.Core.Articles;
using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Entities;

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
}
