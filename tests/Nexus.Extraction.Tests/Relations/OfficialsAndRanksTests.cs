using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Extraction.Tests.Support;

namespace Nexus.Extraction.Tests.Relations;

/// <summary>
/// A state's officials and a force's ranks named by their title ("Ostrand's interior minister", "the army's Brigade
/// General X", "Bureau Special Agent Y") are members of the state or the force, in sentences written for the test.
/// </summary>
public class OfficialsAndRanksTests
{
    private static TestArticle Article(string text) => new TestArticle(text)
        .With("Sable Front", EntityType.MilitantGroup)
        .With("Veloria", EntityType.Government)
        .With("Ostrand", EntityType.Government)
        .With("Veloran Guard", EntityType.StateAgency, "Veloran Guard", "VG")
        .With("Federal Bureau", EntityType.StateAgency)
        .With("Marek Dorn", EntityType.Person)
        .With("Ilya Marsh", EntityType.Person)
        .With("Tomas Brel", EntityType.Person);

    [Theory]
    [InlineData("Ostrand Interior Minister Marek Dorn said security would be reinforced.", "Marek Dorn member_of Ostrand")]
    [InlineData("Ostrand's defence minister, Marek Dorn, visited the border.", "Marek Dorn member_of Ostrand")]
    [InlineData("Ostrand Secretary of Defense Marek Dorn responded to the bombing.", "Marek Dorn member_of Ostrand")]
    [InlineData("Ostrand's counter-terrorism prosecutor, Marek Dorn, opened an inquiry.", "Marek Dorn member_of Ostrand")]
    [InlineData("Ostrand Attorney General Marek Dorn said 34 people were involved.", "Marek Dorn member_of Ostrand")]
    [InlineData("Veloran Guard Brigade General Marek Dorn was detained on Monday.", "Marek Dorn member_of Veloran Guard")]
    [InlineData("The Veloran Guard (VG) Division General Marek Dorn was indicted.", "Marek Dorn member_of Veloran Guard")]
    [InlineData("Federal Bureau Special Agent Marek Dorn testified on Friday.", "Marek Dorn member_of Federal Bureau")]
    public void Officials_and_ranks_are_members(string sentence, string expected) =>
        Assert.Contains(expected, Article(sentence).Relations());

    [Theory]
    [InlineData("Ostrand Prime Minister Marek Dorn resigned.", "Marek Dorn member_of Ostrand")]
    [InlineData("The Sable Front's secretary-general, Marek Dorn, spoke.", "Marek Dorn member_of Sable Front")]
    [InlineData("Veloria's director general Marek Dorn spoke.", "Marek Dorn member_of Veloria")]
    public void A_leader_is_not_also_read_as_a_rank(string sentence, string unexpected) =>
        Assert.DoesNotContain(unexpected, Article(sentence).Relations());

    [Fact]
    public void No_one_is_a_member_of_the_person_they_met() =>
        Assert.DoesNotContain("Ilya Marsh member_of Marek Dorn", Article("Marek Dorn met the foreign minister, Ilya Marsh, on Monday.").Relations());

    [Fact]
    public void A_rank_names_one_person_not_the_list_after_it()
    {
        var found = Article("On Friday the Veloran Guard (VG) Division General Marek Dorn, Ilya Marsh and Tomas Brel were indicted.").Relations();
        Assert.Contains("Marek Dorn member_of Veloran Guard", found);
        Assert.DoesNotContain("Ilya Marsh member_of Veloran Guard", found);
        Assert.DoesNotContain("Tomas Brel member_of Veloran Guard", found);
    }

    [Fact]
    public void A_denial_at_the_end_does_not_deny_the_speakers_title()
    {
        var claims = Article("Ostrand's defence minister, Marek Dorn, said Veloria armed the Sable Front, an accusation Veloria rejected.").Claims();
        var role = Assert.Single(claims, c => c.Type == RelationType.MemberOf);
        Assert.Equal(Nexus.Core.Claims.Polarity.Asserted, role.Polarity);
        Assert.Null(role.AttributedTo);
    }
}
