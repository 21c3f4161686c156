using System.Text;
using Nexus.Core.Articles;

namespace Nexus.Ingestion.Reading;

/// <summary>
/// Reads articles from files, folders and streams. Every failure becomes a <see cref="ReadOutcome"/>
/// with a clear message, so one bad file never stops the others.
/// </summary>
public sealed class ArticleReader(ReaderOptions options)
{
    private static readonly string[] Extensions = [".txt", ".text", ".html", ".htm", ".json", ".jsonl", ".ndjson", ".md"];

    /// <summary>Expands a path: a file is itself, a folder every article file below it (sorted, recursive), "-" is stdin.</summary>
    public IEnumerable<string> Expand(string path)
    {
        if (path == "-" || File.Exists(path)) return [path];
        if (Directory.Exists(path))
            return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                .Order(StringComparer.Ordinal);
        return [path]; // reading it reports "no such file"
    }

    public IEnumerable<ReadOutcome> Read(string path)
    {
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            return ReadStream(stdin, "-", null);
        }
        if (!File.Exists(path))
            return [ReadOutcome.Fail(path, Directory.Exists(path) ? "is a folder with no article files" : "no such file")];
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.MaxBytes)
                return [ReadOutcome.Fail(path, $"file is {length:N0} bytes, over the limit of {options.MaxBytes:N0} (--max-bytes)")];
            using var stream = File.OpenRead(path);
            return ReadStream(stream, path, Path.GetExtension(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadOutcome.Fail(path, e.Message)];
        }
    }

    public IReadOnlyList<ReadOutcome> ReadStream(Stream stream, string source, string? extension)
    {
        var bytes = ReadAtMost(stream, options.MaxBytes + 1);
        if (bytes.Length > options.MaxBytes)
            return [ReadOutcome.Fail(source, $"input is over the limit of {options.MaxBytes:N0} bytes (--max-bytes)")];
        if (bytes.Length == 0) return [ReadOutcome.Fail(source, "empty file")];
        if (Array.IndexOf(bytes, (byte)0) >= 0 && !HasUtf16Bom(bytes)) return [ReadOutcome.Fail(source, "binary file (contains NUL bytes), not an article")];
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text)) return [ReadOutcome.Fail(source, "empty file (only white space)")];
        return [ReadOutcome.Ok(source, Article.FromPlainText(text, new ArticleMetadata(Path: source)))];
    }

    private static bool HasUtf16Bom(byte[] b) => b.Length >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF);

    private static byte[] ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while (buffer.Length < limit && (n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
            buffer.Write(chunk, 0, n);
        return buffer.ToArray();
    }
}
