using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Extraction.Tests.Support;

namespace Nexus.Extraction.Tests.Relations;

/// <summary>
/// Constructions of wire and newspaper reporting (appositions, relative clauses, coordinated
/// objects, verbs of delivery and payment), in sentences written for the test.
/// </summary>
public class ReportingConstructionsTests
{
    private static TestArticle Article(string text) => new TestArticle(text)
        .With("Sable Front", EntityType.MilitantGroup)
        .With("Northern Legion", EntityType.MilitantGroup)
        .With("Red Hand", EntityType.MilitantGroup)
        .With("Directorate", EntityType.StateAgency)
        .With("Veloria", EntityType.Government)
        .With("Ostrand", EntityType.Government)
        .With("Union", EntityType.PoliticalGroup)
        .With("Halden", EntityType.Location)
        .With("Marek Dorn", EntityType.Person)
        .With("Ilya Marsh", EntityType.Person);

    [Theory]
    [InlineData("The Sable Front's secretary-general, Marek Dorn, spoke on Sunday.", "Marek Dorn leads Sable Front")]
    [InlineData("Marek Dorn, the Sable Front's leader for more than three decades, was killed.", "Marek Dorn leads Sable Front")]
    [InlineData("The Sable Front's top commander, Marek Dorn, blamed the government.", "Marek Dorn leads Sable Front")]
    [InlineData("The Red Hand, the Sable Front's West African affiliate, grew.", "Red Hand member_of Sable Front")]
    [InlineData("The Red Hand, the Sable Front's main rival, is seeking to exploit the feud.", "Red Hand rival_of Sable Front")]
    [InlineData("Marek Dorn, a mid-level Sable Front commander, was arrested.", "Marek Dorn member_of Sable Front")]
    [InlineData("The Red Hand faction of the Sable Front attacked a ranch.", "Red Hand member_of Sable Front")]
    [InlineData("Police said the Sable Front's Red Hand unit was behind the attacks.", "Red Hand member_of Sable Front")]
    [InlineData("The Red Hand, a militia that is part of the Northern Legion, grew.", "Red Hand member_of Northern Legion")]
    [InlineData("The Red Hand is a dissident faction of the Sable Front.", "Red Hand split_from Sable Front")]
    [InlineData("Sable Front leader Marek Dorn fled.", "Marek Dorn leads Sable Front")]
    [InlineData("In a video released in September, Sable Front spokesman Marek Dorn urged followers to strike.", "Marek Dorn member_of Sable Front")]
    [InlineData("The Red Hand, the political arm of the Northern Legion, won seats.", "Red Hand member_of Northern Legion")]
    public void Roles_in_appositions_and_compounds(string sentence, string expected) =>
        Assert.Contains(expected, Article(sentence).Relations());

    [Theory]
    [InlineData("The Sable Front's top commander, Marek Dorn, blamed the government.", "Marek Dorn member_of Sable Front")]
    [InlineData("Marek Dorn and Ilya Marsh, were convicted of harbouring members of the Sable Front.", "Marek Dorn member_of Sable Front")]
    [InlineData("Marek Dorn, said on Sunday that commanders of the Sable Front had fled.", "Marek Dorn member_of Sable Front")]
    [InlineData("Veloria, where the Directorate which supports the Sable Front is based, objected.", "Veloria sponsors Sable Front")]
    public void Roles_that_are_not_stated_are_not_read(string sentence, string wrong) =>
        Assert.DoesNotContain(wrong, Article(sentence).Relations());

    [Theory]
    [InlineData("The Red Hand, a force controlled by the Directorate, will remain.", "Directorate directs Red Hand")]
    [InlineData("The report said the Red Hand, led by Marek Dorn, has expanded into Halden.", "Marek Dorn leads Red Hand")]
    [InlineData("The Sable Front was founded in 1982 with the help of the Directorate.", "Directorate sponsors Sable Front")]
    [InlineData("The Sable Front, which is linked to the Northern Legion, grew.", "Sable Front allied_with Northern Legion")]
    [InlineData("The Sable Front is also closely allied with the Northern Legion and with the Red Hand.", "Sable Front allied_with Red Hand")]
    [InlineData("The Directorate works closely with the Sable Front, a vigilante militia.", "Directorate allied_with Sable Front")]
    [InlineData("Ostrand and Veloria signed a military cooperation agreement in 2023.", "Ostrand allied_with Veloria")]
    [InlineData("The Red Hand is a Halden-based network that has pledged allegiance to the Sable Front.", "Red Hand member_of Sable Front")]
    [InlineData("Veloria, Ostrand and the Union all list the Sable Front as a terrorist organisation.", "Union designates Sable Front")]
    [InlineData("The Sable Front has been on the Ostrand list of terrorist organisations since 1997.", "Ostrand designates Sable Front")]
    [InlineData("The Red Hand was added to Veloria's list of banned groups last year.", "Veloria designates Red Hand")]
    [InlineData("The ELN allied with the Red Hand gang, which Ostrand designated a terrorist organisation in February.", "Ostrand designates Red Hand")]
    public void Ties_in_relative_clauses_appositions_and_coordination(string sentence, string expected) =>
        Assert.Contains(expected, Article(sentence).Relations());

    [Fact]
    public void A_ceasefire_agreement_is_not_an_alliance() =>
        Assert.DoesNotContain("Ostrand allied_with Veloria", Article("Ostrand and Veloria signed a ceasefire agreement in 2023.").Relations());

    [Theory]
    [InlineData("Officials allege that Veloria sends money to the Sable Front through intermediaries.", "Veloria funds Sable Front")]
    [InlineData("Western officials say Veloria paid the Sable Front about $10 million a month.", "Veloria funds Sable Front")]
    [InlineData("Ostrand has since delivered aircraft and armoured vehicles to the Directorate.", "Ostrand arms Directorate")]
    [InlineData("The Directorate has resumed smuggling weapons to the Sable Front through Halden.", "Directorate arms Sable Front")]
    [InlineData("The Directorate had shipped anti-tank missiles to the Sable Front since January.", "Directorate arms Sable Front")]
    [InlineData("Analysts say the Red Hand helped move the weapons to the Sable Front.", "Red Hand arms Sable Front")]
    [InlineData("Marek Dorn and Ilya Marsh, were convicted of harbouring members of the Sable Front.", "Ilya Marsh shelters Sable Front")]
    public void Money_weapons_and_shelter(string sentence, string expected) =>
        Assert.Contains(expected, Article(sentence).Relations());

    [Theory]
    [InlineData("Fighters of the Sable Front overran a Directorate base in Halden on Saturday.", "Sable Front attacks Directorate")]
    [InlineData("Sable Front militants who attacked villages in Halden were jailed.", "Sable Front attacks Halden")]
    [InlineData("The Sable Front has carried out repeated attacks in Halden since 2011.", "Sable Front attacks Halden")]
    [InlineData("The Sable Front had carried out 14 attacks in Halden province since June.", "Sable Front attacks Halden")]
    [InlineData("The Sable Front launched an offensive in Halden in January.", "Sable Front attacks Halden")]
    [InlineData("The Sable Front accuses Veloria of targeting the Red Hand.", "Veloria targets Red Hand")]
    [InlineData("Police said the Sable Front was behind most of the attacks in Halden.", "Sable Front attacks Halden")]
    [InlineData("The Red Hand is believed to be responsible for the attack on the Directorate.", "Red Hand attacks Directorate")]
    public void Attacks_in_reporting_forms(string sentence, string expected) =>
        Assert.Contains(expected, Article(sentence).Relations());

    [Fact]
    public void A_denied_payment_is_a_denial_by_the_payer()
    {
        var claim = Article("Veloria has always denied paying the Sable Front.").Claims().Single(c => c.Type == RelationType.Funds);
        Assert.Equal(Core.Claims.Polarity.Denied, claim.Polarity);
    }
}
