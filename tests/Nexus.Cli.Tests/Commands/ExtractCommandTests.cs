using System.Text.Json;
using Nexus.Cli.Tests.Infrastructure;

namespace Nexus.Cli.Tests.Commands;

public class ExtractCommandTests
{
    [Fact]
    public void Prints_one_contract_json_line_per_article_with_offsets_into_the_text_as_read()
    {
        using var tmp = new TempFolder();
        var r = NexusProcess.Run(tmp.Path, null, "extract", "--json", RepoPaths.Seeds);
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            Assert.Equal("nexus.extraction/1", root.GetProperty("format").GetString());
            var text = File.ReadAllText(root.GetProperty("source").GetProperty("path").GetString()!);
            var ids = new HashSet<string>();
            foreach (var e in root.GetProperty("entities").EnumerateArray())
            {
                ids.Add(e.GetProperty("id").GetString()!);
                var aliases = e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ToHashSet();
                foreach (var m in e.GetProperty("mentions").EnumerateArray())
                {
                    var start = m.GetProperty("start").GetInt32();
                    var end = m.GetProperty("end").GetInt32();
                    Assert.InRange(end, start + 1, text.Length);
                }
                Assert.NotEmpty(aliases);
            }
            foreach (var rel in root.GetProperty("relations").EnumerateArray())
            {
                Assert.Contains(rel.GetProperty("source").GetString()!, ids);
                Assert.Contains(rel.GetProperty("target").GetString()!, ids);
                Assert.Contains(rel.GetProperty("polarity").GetString(), new[] { "asserted", "hedged", "denied" });
                var ev = rel.GetProperty("evidence");
                var s = ev.GetProperty("start").GetInt32();
                Assert.Equal(text[s..ev.GetProperty("end").GetInt32()], ev.GetProperty("text").GetString());
            }
        }
    }

    [Fact]
    public void Nothing_but_json_reaches_stdout_when_an_input_fails()
    {
        using var tmp = new TempFolder();
        var empty = tmp.File("empty.txt", "");
        var r = NexusProcess.Run(tmp.Path, null, "extract", "--json", empty, Path.Combine(RepoPaths.Seeds, "002_003e633406c58666.txt"));
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var _ = JsonDocument.Parse(line);
        Assert.Contains("empty.txt", r.Stderr);
    }
}
