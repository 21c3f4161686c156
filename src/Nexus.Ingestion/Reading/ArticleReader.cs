using Nexus.Core.Articles;
using Nexus.Ingestion.Reading.Html;
using Nexus.Ingestion.Reading.Json;
using Nexus.Ingestion.Reading.PlainText;

namespace Nexus.Ingestion.Reading;

/// <summary>
/// Reads articles from files, folders and streams. Every failure becomes a <see cref="ReadOutcome"/>
/// with a clear message, so one bad file never stops the others.
/// </summary>
public sealed class ArticleReader(ReaderOptions options)
{
    private static readonly System.Buffers.SearchValues<char> NonWords = System.Buffers.SearchValues.Create(" \t\r\n\u00A0<>/\\|-_=*#.,;:!?'\"()[]{}«»…•·");

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

    /// <summary>Reads one input's bytes: decodes them, picks the format, and yields one outcome per article (JSON Lines: per line).</summary>
    public IReadOnlyList<ReadOutcome> ReadStream(Stream stream, string source, string? extension)
    {
        var bytes = ReadAtMost(stream, options.MaxBytes + 1);
        if (bytes.Length > options.MaxBytes)
            return [ReadOutcome.Fail(source, $"input is over the limit of {options.MaxBytes:N0} bytes (--max-bytes)")];
        if (!TextDecoder.TryDecode(bytes, out var decoded, out var error)) return [ReadOutcome.Fail(source, error)];
        var text = decoded.Text;
        var outcomes = FormatDetector.Detect(extension, text) switch
        {
            InputFormat.Json => JsonArticleReader.ReadDocument(text, source),
            InputFormat.JsonLines => JsonArticleReader.ReadLines(text, source),
            InputFormat.Html => HtmlArticleParser.TryParse(text, new ArticleMetadata(Path: source), out var page, out var htmlError)
                ? [ReadOutcome.Ok(source, page!)]
                : [ReadOutcome.Fail(source, htmlError)],
            _ => [ReadOutcome.Ok(source, PlainTextArticleParser.Parse(text, new ArticleMetadata(Path: source)))],
        };
        return [.. outcomes.Select(RefuseFurnitureOnly)];
    }

    /// <summary>An input whose every line is furniture has nothing to extract: say so rather than store an empty article.</summary>
    private static ReadOutcome RefuseFurnitureOnly(ReadOutcome outcome) =>
        outcome.Article is { } article && !article.Content.Any(span => article.Text.AsSpan(span.Start, span.Length).ContainsAnyExcept(NonWords))
            ? ReadOutcome.Fail(outcome.Source, "no article text (only page furniture, metadata or symbols)", outcome.Line)
            : outcome;

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
