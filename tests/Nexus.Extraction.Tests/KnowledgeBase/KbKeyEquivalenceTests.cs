using Nexus.Extraction.KnowledgeBase;
using Nexus.Extraction.Tests.TestSupport;

namespace Nexus.Extraction.Tests.KnowledgeBase;

/// <summary>The fast ASCII path of <see cref="KbKey.Of"/> must give exactly the general definition's key.</summary>
public class KbKeyEquivalenceTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("A")]
    [InlineData("The")]
    [InlineData("the the X")]
    [InlineData("The Lashkar e Taiba")]
    [InlineData("qaida qaida")]
    [InlineData("al-Qaida al-Qaida's")]
    [InlineData("x's's")]
    [InlineData("_'s")]
    [InlineData("-'s")]
    [InlineData("ISI's")]
    [InlineData("Pakistan's ISI's network")]
    [InlineData("Tehreek-e-Taliban Pakistan")]
    [InlineData("Harkat-ul-Mujahideen")]
    [InlineData("Jaish e Mohammed's")]
    [InlineData("e i ul")]
    [InlineData("al wal el")]
    [InlineData("Al-Qa'ida")]
    [InlineData("O'Brien's men")]
    [InlineData("'s")]
    [InlineData("an 's")]
    [InlineData("A Tehrik I Taliban")]
    [InlineData("Pakistan’s army")]
    [InlineData("Bājaur")]
    [InlineData("Pakistanʼs “ISI” – and—al-Qaeda’s…")]
    [InlineData("ISI’s")]
    public void Edge_cases_match_the_reference(string name) => Assert.Equal(KbKey.Reference(name), KbKey.Of(name));

    [Fact]
    public void Every_knowledge_base_name_gets_the_reference_key()
    {
        var entries = KnowledgeBaseFile.Read(Path.Combine(EntityTestModels.ModelsDirectory(), "kb.tsv.gz"));
        var names = entries.SelectMany(e => e.AllNames.Concat(e.Demonyms).Concat(e.Capitals)).ToList();
        Assert.True(names.Count > 10_000);
        var wrong = names.Where(n => KbKey.Of(n) != KbKey.Reference(n)).Take(5).ToList();
        Assert.Empty(wrong);
        var possessive = names.Take(3000).Select(n => n + "'s").Where(n => KbKey.Of(n) != KbKey.Reference(n)).Take(5).ToList();
        Assert.Empty(possessive);
    }

    [Fact]
    public void Random_strings_get_the_reference_key()
    {
        const string alphabet = "aeiltsuqhrdkAEILTSQH0-_' ’‘ʼ“”–—\u00A0….,éT";
        var random = new Random(2026);
        var wrong = new List<string>();
        for (var k = 0; k < 50_000 && wrong.Count < 5; k++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var s = new string(chars);
            if (KbKey.Of(s) != KbKey.Reference(s)) wrong.Add(s);
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void Word_runs_of_reporting_get_the_reference_key()
    {
        const string text = "The Tehreek-e-Taliban Pakistan (TTP) and al-Qaeda's affiliate, Jaish-e-Mohammed, met the ISI's officers "
            + "in Quetta's old city; Lashkar e Tayyiba's chief, Hafiz Saeed, said the Harkat ul Ansar and the Al Qa'ida of "
            + "the Indian Subcontinent (AQIS) had a 'shared' aim. O'Neill's report (2019) named U.S.-backed forces.";
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
            for (var n = 1; n <= 7 && i + n <= words.Length; n++)
            {
                var run = string.Join(' ', words, i, n);
                Assert.Equal(KbKey.Reference(run), KbKey.Of(run));
            }
    }
}
