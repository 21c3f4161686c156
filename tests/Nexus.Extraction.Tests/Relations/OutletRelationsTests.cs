using Nexus.Core.Entities;
using Nexus.Extraction.Tests.Support;

namespace Nexus.Extraction.Tests.Relations;

/// <summary>A news outlet reports; it is part of a group that owns it, never a state's member or an actor on the ground.</summary>
public class OutletRelationsTests
{
    private static TestArticle Article(string text) => new TestArticle(text)
        .With("Sable Front", EntityType.MilitantGroup)
        .With("Veloria", EntityType.Government)
        .With("Halden", EntityType.Location)
        .With("Veloria Courier", EntityType.Media)
        .With("Sable Voice", EntityType.Media);

    [Fact]
    public void A_state_run_outlet_is_no_member_of_the_state() =>
        Assert.DoesNotContain("Veloria Courier member_of Veloria",
            Article("Veloria's state-run Veloria Courier said the convoy was hit near Halden.").Relations());

    [Fact]
    public void A_group_owned_outlet_is_still_part_of_the_group() =>
        Assert.Contains("Sable Voice member_of Sable Front", Article("The Sable Front's Sable Voice published the claim.").Relations());
}
