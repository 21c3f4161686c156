using System.Text;
using Nexus.Ingestion.Reading;
using Nexus.Ingestion.Tests.TestSupport;

namespace Nexus.Ingestion.Tests.Reading;

/// <summary>Whole-file reading: each bad input fails alone with a message naming the file, the others still read.</summary>
public sealed class ArticleReaderTests : IDisposable
{
    private const string Story = "Border post attacked\n\nGunmen attacked a border post in Kunar province on Sunday, killing four guards, officials said.\n";

    private readonly TempFolder folder = new();
    private readonly ArticleReader reader = new(new ReaderOptions { MaxBytes = 4096 });

    public void Dispose() => folder.Dispose();

    private ReadOutcome ReadOne(string path) => Assert.Single(reader.Read(path));

    private void AssertFails(string path, string reason)
    {
        var outcome = ReadOne(path);
        Assert.False(outcome.Succeeded);
        Assert.StartsWith(path + ":", outcome.Describe(), StringComparison.Ordinal);
        Assert.Contains(reason, outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_each_format_by_extension()
    {
        var paths = new[]
        {
            folder.Write("a.txt", Story),
            folder.Write("b.html", "<html><head><title>Border post attacked</title></head><body><article><p>" + Story[22..] + "</p></article></body></html>"),
            folder.Write("c.json", "{\"title\":\"Border post attacked\",\"text\":\"" + Story[22..].TrimEnd() + "\"}"),
            folder.Write("d.jsonl", "{\"title\":\"Border post attacked\",\"text\":\"" + Story[22..].TrimEnd() + "\"}\n{\"title\":\"Second\",\"text\":\"Another attack was reported in the same district on Monday, police said.\"}\n"),
        };

        var outcomes = paths.SelectMany(reader.Read).ToList();

        Assert.Equal(5, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Describe()));
        Assert.All(outcomes.Take(4), o => Assert.Equal("Border post attacked", o.Article!.Metadata.Title));
        Assert.All(outcomes, o => Assert.Contains(o.Article!.Content, s => s.Slice(o.Article.Text).Contains("attack", StringComparison.Ordinal)));
    }

    [Fact]
    public void Binary_file_fails() => AssertFails(folder.Write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]), "binary");

    [Fact]
    public void Empty_file_fails() => AssertFails(folder.Write("empty.txt", []), "empty");

    [Fact]
    public void Whitespace_only_file_fails() => AssertFails(folder.Write("blank.txt", " \n\t\r\n "), "empty");

    [Fact]
    public void File_over_max_bytes_fails() => AssertFails(folder.Write("huge.txt", new string('a', 5000)), "over the limit");

    [Fact]
    public void Missing_path_fails() => AssertFails(Path.Combine(folder.Path, "nope.txt"), "no such file");

    [Fact]
    public void Furniture_only_file_fails() => AssertFails(folder.Write("widgets.txt", "Share:\nLatest News\nGo to Home Page »\n"), "no article text");

    [Fact]
    public void Html_with_no_article_text_fails() => AssertFails(folder.Write("broken.html", "<html><<script>>"), "no article text");

    [Fact]
    public void Invalid_utf8_is_read_as_windows_1252()
    {
        var bytes = Encoding.Latin1.GetBytes(Story.Replace("Gunmen", "Caf\u00e9 gunmen", StringComparison.Ordinal));
        var outcome = ReadOne(folder.Write("latin.txt", bytes));

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Contains("Café gunmen", outcome.Article!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_json_line_names_file_and_line_and_the_rest_are_read()
    {
        var path = folder.Write("feed.jsonl", "{\"text\":\"Gunmen attacked a border post in Kunar on Sunday, killing four, officials said.\"}\n{broken\n{\"text\":\"Another attack was reported in the same district on Monday, police said.\"}\n");

        var outcomes = reader.Read(path).ToList();

        Assert.Equal([true, false, true], outcomes.Select(o => o.Succeeded));
        Assert.StartsWith(path + ":2: ", outcomes[1].Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_lists_article_files_of_a_folder_recursively_in_order()
    {
        folder.Write("b.txt", Story);
        Directory.CreateDirectory(Path.Combine(folder.Path, "sub"));
        folder.Write(Path.Combine("sub", "a.html"), "<p>x</p>");
        folder.Write("image.png", [1, 2, 3]);

        var files = reader.Expand(folder.Path).Select(p => Path.GetRelativePath(folder.Path, p)).ToList();

        Assert.Equal(["b.txt", Path.Combine("sub", "a.html")], files);
    }

    [Fact]
    public void Reads_the_seed_folder_with_metadata_path_set()
    {
        var all = new ArticleReader(new ReaderOptions());
        var outcomes = all.Expand(Seeds.Folder).SelectMany(all.Read).ToList();

        Assert.Equal(3, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(o.Source, o.Article!.Metadata.Path));
    }

    [Fact]
    public void Standard_input_is_sniffed_by_content_in_any_unicode_encoding()
    {
        const string json = "{\"title\":\"Raid in Khost\",\"text\":\"Security forces raided a compound in Khost on Saturday and detained three men.\"}";
        byte[] bytes = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(json)];

        var outcome = Assert.Single(reader.ReadStream(new MemoryStream(bytes), "-", null));

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Equal("Raid in Khost", outcome.Article!.Metadata.Title);
        Assert.Equal("-", outcome.Article.Metadata.Path);
    }
}
