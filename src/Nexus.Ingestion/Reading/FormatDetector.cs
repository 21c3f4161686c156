using System.Text.Json;
using System.Text.RegularExpressions;

namespace Nexus.Ingestion.Reading;

/// <summary>
/// Chooses how to read an input from its extension and, where the extension says nothing (stdin,
/// ".txt" that is really a saved web page), from its first characters.
/// </summary>
public static partial class FormatDetector
{
    [GeneratedRegex(@"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])|<(?:p|div|article|body)(?:\s[^>]*)?>[\s\S]*</(?:p|div|article|body)>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlMarkers();

    public static InputFormat Detect(string? extension, string text)
    {
        switch (extension?.ToLowerInvariant())
        {
            case ".html" or ".htm" or ".xhtml":
                return InputFormat.Html;
            case ".jsonl" or ".ndjson":
                return InputFormat.JsonLines;
            case ".json":
                return IsSingleJsonValue(text) || !StartsLikeJsonObject(text) ? InputFormat.Json : InputFormat.JsonLines;
        }
        var head = text.Length > 4096 ? text[..4096] : text;
        if (StartsLikeJsonObject(head))
        {
            if (IsSingleJsonValue(text)) return InputFormat.Json;
            if (FirstLineIsJsonObject(text)) return InputFormat.JsonLines;
        }
        return HtmlMarkers().IsMatch(head) ? InputFormat.Html : InputFormat.PlainText;
    }

    private static bool StartsLikeJsonObject(string text) => text.AsSpan().TrimStart().StartsWith("{");

    private static bool IsSingleJsonValue(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool FirstLineIsJsonObject(string text)
    {
        var trimmed = text.TrimStart();
        var end = trimmed.IndexOf('\n');
        return IsSingleJsonValue(end < 0 ? trimmed : trimmed[..end]);
    }
}
