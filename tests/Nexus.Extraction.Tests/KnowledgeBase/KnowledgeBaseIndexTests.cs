using Nexus.Core.Entities;
using Nexus.Extraction.KnowledgeBase;
using Nexus.Extraction.Tests.TestSupport;

namespace Nexus.Extraction.Tests.KnowledgeBase;

public class KnowledgeBaseIndexTests
{
    private static KbEntry Entry(string id, EntityType type, string name, string[] aliases, string[]? demonyms = null, string[]? capitals = null, string country = "") =>
        new(id, type, name, [.. aliases], [.. demonyms ?? []], [.. capitals ?? []], country, "test");

    [Fact]
    public void File_round_trips_entries_and_the_index_finds_aliases_demonyms_and_capitals()
    {
        var path = Path.GetTempFileName();
        try
        {
            KnowledgeBaseFile.Write(path, [
                Entry("c:1", EntityType.Government, "Freedonia", ["Republic of Freedonia"], ["Freedonian"], ["Fredville"], "FD"),
                Entry("g:1", EntityType.MilitantGroup, "Tehreek-e-Azadi Front", ["TAF"]),
            ]);
            var kb = KnowledgeBaseIndex.Load(path);
            Assert.Equal(2, kb.Count);
            Assert.Equal("c:1", kb.Find("the Republic of Freedonia")?.Id);
            Assert.Equal("g:1", kb.Find("Tehrik-i-Azadi Front")?.Id);
            Assert.Equal("c:1", kb.CountryOfDemonym("Freedonian")?.Id);
            Assert.Equal("c:1", kb.CountryOfCapital("Fredville")?.Id);
            Assert.Equal("FD", kb.ById("c:1")?.Country);
            Assert.Null(kb.Find("Freedonian"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Curated_rows_need_every_column()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# comment", "x:1\tMilitantGroup\tSome Front\tSF|S. Front\tPK\tWikipedia", "x:2\tNotAType\tBad\t\t\t"]);
            var error = Assert.Throws<FormatException>(() => CuratedSource.Read(path));
            Assert.Contains(":3:", error.Message);
            File.WriteAllLines(path, ["x:1\tMilitantGroup\tSome Front\tSF|S. Front\tPK\tWikipedia"]);
            var entry = Assert.Single(CuratedSource.Read(path));
            Assert.Equal(["SF", "S. Front"], entry.Aliases.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Shipped_kb_has_the_curated_actors_countries_and_places()
    {
        var kb = EntityTestModels.Kb;
        Assert.True(kb.Count > 10_000);
        Assert.Equal("Inter-Services Intelligence", kb.Find("ISI")?.Name);
        Assert.Equal("Tehreek-e-Taliban Pakistan", kb.Find("Tehrik-i-Taliban Pakistan")?.Name);
        Assert.Equal(EntityType.Government, kb.CountryOfCapital("Islamabad")?.Type);
        Assert.Equal("India", kb.CountryOfDemonym("Indian")?.Name);
        Assert.Equal(EntityType.Location, kb.Find("Nangarhar")?.Type);
        // data/curated/global-actors.tsv: curated type and name win over the dictionary entries of the same group.
        Assert.Equal("Popular Mobilization Forces", kb.Find("Hashd al-Shaabi")?.Name);
        Assert.Equal(EntityType.StateAgency, kb.Find("Quds Force")?.Type);
        Assert.Equal(EntityType.CriminalGroup, kb.Find("Clan del Golfo")?.Type);
    }

    [Fact]
    public void Curated_folder_reads_every_tsv_in_order_and_rejects_contradicting_rows()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        try
        {
            File.WriteAllLines(Path.Combine(dir, "b.tsv"), ["x:2\tStateAgency\tSome Police\tSP\tFD\tWikipedia"]);
            File.WriteAllLines(Path.Combine(dir, "a.tsv"), ["x:1\tMilitantGroup\tSome Front\tSF\tFD\tWikipedia"]);
            File.WriteAllLines(Path.Combine(dir, "notes.txt"), ["not read"]);
            Assert.Equal(["x:1", "x:2"], CuratedSource.ReadAll([dir]).Select(e => e.Id).ToArray());

            var other = Path.Combine(dir, "other.tmp");
            File.WriteAllLines(other, ["x:3\tCriminalGroup\tSome Gang\tsf\tFD\tWikipedia"]);
            Assert.Contains("already a name of x:1", Assert.Throws<FormatException>(() => CuratedSource.ReadAll([dir, other])).Message);
            File.WriteAllLines(other, ["x:2\tCriminalGroup\tSome Gang\t\tFD\tWikipedia"]);
            Assert.Contains("x:2 is curated twice", Assert.Throws<FormatException>(() => CuratedSource.ReadAll([dir, other])).Message);
            Assert.Throws<FileNotFoundException>(() => CuratedSource.ReadAll([Path.Combine(dir, "missing.tsv")]));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
