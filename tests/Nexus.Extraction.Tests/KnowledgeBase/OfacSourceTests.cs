using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Tests.KnowledgeBase;

public class OfacSourceTests
{
    [Fact]
    public void An_alias_with_an_apostrophe_is_read_whole_and_no_cut_off_alias_is_kept()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "1,\"NORTH STAR TRADING GROUP\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
                + "\"a.k.a. 'AL-'ADL TRADING'; a.k.a. 'STAR COMPANY'; Linked To: SOMEONE.\"\n");
            var entry = Assert.Single(OfacSource.Read(path));
            Assert.Equal(["AL-'Adl Trading", "Star Company"], entry.Aliases.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
