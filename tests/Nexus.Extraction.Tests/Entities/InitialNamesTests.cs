using Nexus.Core.Entities;
using static Nexus.Extraction.Tests.TestSupport.EntityTestModels;

namespace Nexus.Extraction.Tests.Entities;

public class InitialNamesTests
{
    [Fact]
    public void A_name_with_a_middle_initial_is_a_person_even_in_a_list_line()
    {
        const string text = "2019-04-02, Staff Sergeant Marta L. Okonkwo, Harbour Patrol, Bomb";
        Assert.Contains(Recognize(text), m => m.Text == "Marta L. Okonkwo" && m.Type == EntityType.Person);
    }

    [Fact]
    public void A_surname_with_an_inner_capital_is_kept()
    {
        const string text = "On 2019-04-02, Corporal Dennis R. McAllister was wounded near the river.";
        Assert.Contains(Recognize(text), m => m.Text == "Dennis R. McAllister" && m.Type == EntityType.Person);
    }

    [Fact]
    public void A_nationality_or_common_word_before_an_initial_names_no_person()
    {
        Assert.DoesNotContain(Recognize("The British A. Division held the ridge for a week."), m => m.Type == EntityType.Person);
        Assert.DoesNotContain(Recognize("The U.S. Army said the convoy was hit."), m => m.Type == EntityType.Person);
    }
}
