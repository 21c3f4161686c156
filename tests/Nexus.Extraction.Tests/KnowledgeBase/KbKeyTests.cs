using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Tests.KnowledgeBase;

public class KbKeyTests
{
    [Theory]
    [InlineData("Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan")]
    [InlineData("Jaish-e-Mohammad", "Jaish-i-Mohammed")]
    [InlineData("Lashkar-e-Taiba", "Lashkar-e-Tayyiba")]
    [InlineData("al-Qaeda", "Al Qaida")]
    [InlineData("Islamic State–Khorasan Province", "Islamic State Khorasan Province")]
    [InlineData("Bājaur", "Bajaur")]
    [InlineData("Pakistan’s military", "Pakistan military")]
    public void Spellings_of_one_name_share_a_key(string a, string b) => Assert.Equal(KbKey.Of(a), KbKey.Of(b));

    [Theory]
    [InlineData("Lashkar-e-Taiba", "Lashkar-e-Jhangvi")]
    [InlineData("Islamic State", "Islamic State Khorasan Province")]
    [InlineData("India", "Indian")]
    public void Different_names_keep_different_keys(string a, string b) => Assert.NotEqual(KbKey.Of(a), KbKey.Of(b));
}
