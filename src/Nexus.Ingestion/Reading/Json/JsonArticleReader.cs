using System.Text.Json;
using Nexus.Ingestion.Reading.PlainText;

namespace Nexus.Ingestion.Reading.Json;

/// <summary>Reads a JSON document holding one article object (or an array of them) and JSON Lines, one object per line.</summary>
public static class JsonArticleReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static IReadOnlyList<ReadOutcome> ReadDocument(string text, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(text, Options);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array) return [ReadObject(root, source, null)];
            return [.. root.EnumerateArray().Select((item, i) => ReadObject(item, source, null, $"item {i + 1}: "))];
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is long l ? (int)l + 1 : (int?)null;
            return [ReadOutcome.Fail(source, "broken JSON: " + FirstSentence(e.Message), line)];
        }
    }

    /// <summary>Each non-blank line is one article; a broken line fails alone, naming its line number.</summary>
    public static IReadOnlyList<ReadOutcome> ReadLines(string text, string source)
    {
        var outcomes = new List<ReadOutcome>();
        foreach (var line in TextLine.Split(text))
        {
            if (line.IsBlank) continue;
            try
            {
                using var document = JsonDocument.Parse(line.Value, Options);
                outcomes.Add(ReadObject(document.RootElement, source, line.Number));
            }
            catch (JsonException e)
            {
                outcomes.Add(ReadOutcome.Fail(source, "broken JSON line: " + FirstSentence(e.Message), line.Number));
            }
        }
        return outcomes.Count > 0 ? outcomes : [ReadOutcome.Fail(source, "no JSON objects in the file")];
    }

    private static ReadOutcome ReadObject(JsonElement element, string source, int? line, string where = "")
    {
        try
        {
            return ScrapedArticleJson.TryRead(element, source, out var article, out var error)
                ? ReadOutcome.Ok(source, article!, line)
                : ReadOutcome.Fail(source, where + error, line);
        }
        catch (InvalidOperationException e)
        {
            return ReadOutcome.Fail(source, where + e.Message, line);
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
