using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Tests.KnowledgeBase;

public class CountryInfoSourceTests
{
    private const string TwoCountriesOneCode = """
        <Country>
        <CountryName>VELORIA</CountryName>
        <ISO3166-alpha2>VL</ISO3166-alpha2>
        <Nationality>
        	VELORAN_
        </Nationality>
        </Country>
        <Country>
        <CountryName>OSTRAND</CountryName>
        <ISO3166-alpha2>VL</ISO3166-alpha2>
        <Nationality>
        	OSTRANDIAN_
        </Nationality>
        </Country>
        """;

    [Fact]
    public void A_country_given_another_countrys_code_takes_its_own_iso_code_and_is_kept()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, TwoCountriesOneCode);
            var entries = CountryInfoSource.Read(path, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Ostrand"] = "OS" });
            Assert.Equal(["country:VL", "country:OS"], entries.Select(e => e.Id));
            Assert.Contains("Ostrandian", entries[1].Demonyms);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Without_iso_codes_a_code_taken_twice_keeps_the_first_country()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, TwoCountriesOneCode);
            Assert.Equal(["Veloria"], CountryInfoSource.Read(path).Select(e => e.Name));
        }
        finally { File.Delete(path); }
    }
}
