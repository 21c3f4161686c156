using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Tests.KnowledgeBase;

public class SourceNamesTests
{
    [Theory]
    [InlineData("Ltte", "Liberation Tigers of Tamil Eelam", "LTTE")]
    [InlineData("Ana", "Albanian National Army", "ANA")]
    [InlineData("Plo", "Palestine Liberation Organization", "PLO")]
    [InlineData("Amal", "Amal Movement", "Amal")]
    [InlineData("Zero", "Secret Organization Zero", "Zero")]
    [InlineData("Hamas", "Islamic Resistance Movement", "Hamas")]
    public void Title_cased_acronyms_of_the_name_go_back_to_capitals(string alias, string name, string expected) =>
        Assert.Equal(expected, SourceNames.AcronymCase(alias, name));
}
