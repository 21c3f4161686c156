using Nexus.Core.Entities;
using static Nexus.Extraction.Tests.TestSupport.EntityTestModels;

namespace Nexus.Extraction.Tests.Entities;

public class DescriptorPoliceTests
{
    [Fact]
    public void A_nationality_and_police_are_the_states_police_agency()
    {
        var mentions = Recognize("On Sunday the Turkish police detained four men near the border.");
        Assert.Contains(mentions, m => m.Text == "Turkish police" && m.Type == EntityType.StateAgency && m.KbId is null);
        Assert.DoesNotContain(mentions, m => m.Text == "Turkish");
    }

    [Fact]
    public void A_source_cited_by_nationality_stays_the_state()
    {
        var mentions = Recognize("The smugglers moved north, according to Turkish police.");
        Assert.DoesNotContain(mentions, m => m.Text == "Turkish police");
    }

    [Fact]
    public void A_name_of_two_words_before_bombing_is_an_event_but_a_known_group_is_not()
    {
        Assert.Contains(Recognize("A friend of a Harbour Festival bombing suspect was convicted on Tuesday."),
            m => m.Text == "Harbour Festival bombing" && m.Type == EntityType.Event);
        Assert.DoesNotContain(Recognize("Police said the Islamic State bombing killed four people."), m => m.Type == EntityType.Event);
    }
}
