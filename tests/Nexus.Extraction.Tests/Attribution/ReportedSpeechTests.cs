using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Extraction.Tests.Support;

namespace Nexus.Extraction.Tests.Attribution;

/// <summary>Speakers named in one sentence and reporting in another: pronouns, definite descriptions, quotations.</summary>
public class ReportedSpeechTests
{
    private static TestArticle Article(string text) => new TestArticle(text)
        .With("Sable Front", EntityType.MilitantGroup)
        .With("Veloria", EntityType.Government)
        .With("Ostrand", EntityType.Government)
        .With("Customs Bureau", EntityType.StateAgency)
        .With("Ilya Marsh", EntityType.Person)
        .With("Northern Council", EntityType.PoliticalGroup);

    private static Speaker? SpeakerOf(string text, RelationType type) =>
        Article(text).Claims().First(c => c.Type == type).AttributedTo;

    [Fact]
    public void A_speaker_with_an_apposition_before_the_verb()
    {
        var s = SpeakerOf("Ilya Marsh, chairman of the Northern Council, stated at a hearing in May that Veloria armed the Sable Front.", RelationType.Arms);
        Assert.Equal("e5", s!.EntityId);
    }

    [Theory]
    [InlineData("Ilya Marsh said the talks had failed. He added that Veloria armed the Sable Front.")]
    [InlineData("Ilya Marsh said the talks had failed.\n\nVeloria armed the Sable Front, she said.")]
    public void A_pronoun_speaker_is_the_speaker_named_before(string text) =>
        Assert.Equal("e5", SpeakerOf(text, RelationType.Arms)!.EntityId);

    [Fact]
    public void They_picks_up_unnamed_officials()
    {
        var s = SpeakerOf("Officials said the talks had failed. Veloria armed the Sable Front, they said.", RelationType.Arms);
        Assert.Equal(Speaker.Unnamed("Officials"), s);
    }

    [Fact]
    public void The_official_picks_up_an_official_named_before()
    {
        var s = SpeakerOf("A Customs Bureau official said the trade grew. Veloria armed the Sable Front, the official said.", RelationType.Arms);
        Assert.Equal("e4", s!.EntityId);
        Assert.Equal("A Customs Bureau official", s.Text);
    }

    [Fact]
    public void The_report_speaks_for_the_body_named_before_it()
    {
        var s = SpeakerOf("Trade grew, according to a report by the Customs Bureau. The report said Veloria armed the Sable Front.", RelationType.Arms);
        Assert.Equal("e4", s!.EntityId);
    }

    [Fact]
    public void The_report_after_unnamed_officials_names_no_one()
    {
        var s = SpeakerOf("Officials said trade grew. The report said Veloria armed the Sable Front.", RelationType.Arms);
        Assert.True(s is null || s.EntityId is null);
    }

    [Fact]
    public void Rights_groups_speak_in_their_own_words()
    {
        var s = SpeakerOf("Human rights groups say Veloria armed the Sable Front.", RelationType.Arms);
        Assert.Equal(Speaker.Unnamed("Human rights groups"), s);
    }

    [Fact]
    public void A_pronoun_with_no_speaker_before_names_no_one()
    {
        var s = SpeakerOf("Veloria armed the Sable Front, he said.", RelationType.Arms);
        Assert.True(s is null || s.EntityId is null);
    }

    [Fact]
    public void A_quotation_over_two_sentences_takes_the_speaker_named_after_it()
    {
        var s = SpeakerOf("'Veloria armed the Sable Front. Nobody stopped them,' Ilya Marsh said.", RelationType.Arms);
        Assert.Equal("e5", s!.EntityId);
    }

    [Fact]
    public void A_quotation_opened_after_the_speaker_runs_on_to_the_next_sentence()
    {
        var s = SpeakerOf("Ilya Marsh said: 'The talks failed. Veloria armed the Sable Front.' Prices rose.", RelationType.Arms);
        Assert.Equal("e5", s!.EntityId);
    }

    [Fact]
    public void A_closed_quotation_does_not_carry_into_the_authors_next_sentence()
    {
        var s = SpeakerOf("'The talks failed,' Ilya Marsh said. Veloria armed the Sable Front.", RelationType.Arms);
        Assert.Null(s);
    }

    [Fact]
    public void A_quotation_left_open_at_a_paragraph_end_closes_there()
    {
        var s = SpeakerOf("Ilya Marsh said: 'The talks failed.\n\nVeloria armed the Sable Front.", RelationType.Arms);
        Assert.Null(s);
    }
}
