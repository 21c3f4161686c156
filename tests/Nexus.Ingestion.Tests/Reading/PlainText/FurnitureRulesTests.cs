using Nexus.Ingestion.Reading.PlainText;

namespace Nexus.Ingestion.Tests.Reading.PlainText;

public sealed class FurnitureRulesTests
{
    [Theory]
    [InlineData("Share:")]
    [InlineData("Audio Loading voice…")]
    [InlineData("Latest News")]
    [InlineData("More From OP-ED")]
    [InlineData("Go to Home Page »")]
    [InlineData("Site Index The Asian Age")]
    [InlineData("Google Prefer NP")]
    [InlineData("On Google")]
    [InlineData("  1. Latest 2 weeks ago")]
    [InlineData("Follow us on Facebook")]
    [InlineData("Home > World > South Asia")]
    [InlineData("© 2025 Dawn. All rights reserved.")]
    [InlineData("Advertisement")]
    [InlineData("Read More")]
    [InlineData("Also Read: Pakistan denies sheltering militants after border clash in Kurram district")]
    [InlineData("Photo: Reuters")]
    [InlineData("(Representational image)")]
    [InlineData("(With inputs from PTI)")]
    [InlineData("(This story has not been edited by our staff and is auto-generated from a syndicated feed.)")]
    public void Widgets_and_navigation_are_furniture(string line) => Assert.True(FurnitureRules.IsFurniture(line), line);

    [Theory]
    [InlineData("How the Network Was Built")]
    [InlineData("Google was accused by the ministry of hosting extremist propaganda videos for years.")]
    [InlineData("The ISI built a Khalistan-gangster network to smuggle narcotics and arms.")]
    [InlineData("More from the interview: the commander said the group would not disarm.")]
    [InlineData("Share prices fell sharply in Karachi after the attack, traders said.")]
    [InlineData("Photographs released by the army showed the damaged compound in Khost.")]
    [InlineData("Related groups in the region have denied any role in the bombing, officials said.")]
    public void Reporting_and_section_headings_are_not(string line) => Assert.False(FurnitureRules.IsFurniture(line), line);

    [Theory]
    [InlineData("Synopsis", true)]
    [InlineData("Key Takeaways", true)]
    [InlineData("Frequently Asked Questions", true)]
    [InlineData("The Strategic Divergence: Soft Power vs. Street Fear", false)]
    public void Teaser_headings(string line, bool expected) => Assert.Equal(expected, FurnitureRules.IsTeaserHeading(line));
}
