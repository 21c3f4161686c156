using Nexus.Core.Entities;

namespace Nexus.Core.Tests.Entities;

public class NameKeyTests
{
    [Theory]
    [InlineData("Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan")]
    [InlineData("Lashkar-e-Taiba", "Lashkar-e-Tayyiba")]
    [InlineData("Jaish-e-Mohammad", "Jaish-e-Mohammed")]
    [InlineData("Islamic State–Khorasan Province", "Islamic State Khorasan Province")]
    [InlineData("the ISI’s", "ISI")]
    [InlineData("al-Qaida", "Al Qaeda")]
    [InlineData("Kōbe", "kobe")]
    public void Spellings_of_one_name_share_a_key(string a, string b) => Assert.Equal(NameKey.Of(a), NameKey.Of(b));

    [Theory]
    [InlineData("Pakistan", "Pakistan Army")]
    [InlineData("ISI", "IS")]
    public void Different_names_keep_different_keys(string a, string b) => Assert.NotEqual(NameKey.Of(a), NameKey.Of(b));
}
