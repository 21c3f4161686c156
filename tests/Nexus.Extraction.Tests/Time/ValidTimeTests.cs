using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Extraction.Tests.Support;

namespace Nexus.Extraction.Tests.Time;

public class ValidTimeTests
{
    private static Claim Single(string text) => new TestArticle(text)
        .With("Sable Front", EntityType.MilitantGroup).With("Veloria", EntityType.Government).With("Halden", EntityType.Location)
        .Claims().First();

    [Fact]
    public void Since_opens_the_relation()
    {
        var c = Single("Veloria has supported the Sable Front since its founding in March 2016.");
        Assert.Equal(("2016-03", (string?)null), (c.ValidFrom?.ToString(), c.ValidTo?.ToString()));
    }

    [Fact]
    public void Following_an_event_opens_the_relation()
    {
        var c = Single("Following the coup in 2019, Veloria armed the Sable Front.");
        Assert.Equal("2019", c.ValidFrom?.ToString());
    }

    [Fact]
    public void Until_closes_it_and_between_gives_both()
    {
        Assert.Equal("2012", Single("Veloria funded the Sable Front until 2012.").ValidTo?.ToString());
        var c = Single("Veloria funded the Sable Front between 2008 and 2011.");
        Assert.Equal(("2008", "2011"), (c.ValidFrom?.ToString(), c.ValidTo?.ToString()));
    }

    [Fact]
    public void An_attack_holds_at_its_date()
    {
        var c = Single("The Sable Front struck in Halden on 4 June 2021.");
        Assert.Equal(("2021-06-04", "2021-06-04"), (c.ValidFrom?.ToString(), c.ValidTo?.ToString()));
    }

    [Fact]
    public void A_state_without_time_words_has_no_valid_time()
    {
        var c = Single("In 2020 the report said Veloria supported the Sable Front.");
        Assert.Null(c.ValidFrom);
    }
}
