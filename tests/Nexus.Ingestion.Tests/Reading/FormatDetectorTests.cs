using Nexus.Ingestion.Reading;

namespace Nexus.Ingestion.Tests.Reading;

public sealed class FormatDetectorTests
{
    [Theory]
    [InlineData(".txt", "Plain headline\n\nSome text.", InputFormat.PlainText)]
    [InlineData(".HTML", "no markup at all", InputFormat.Html)]
    [InlineData(".htm", "<p>x</p>", InputFormat.Html)]
    [InlineData(".jsonl", "{\"text\":\"a\"}", InputFormat.JsonLines)]
    [InlineData(".ndjson", "{\"text\":\"a\"}", InputFormat.JsonLines)]
    [InlineData(".json", "{\"text\":\"a\"}", InputFormat.Json)]
    [InlineData(".json", "{\"text\":\"a\"}\n{\"text\":\"b\"}", InputFormat.JsonLines)]
    [InlineData(".txt", "<!DOCTYPE html><html><body><p>Saved page</p></body></html>", InputFormat.Html)]
    [InlineData(null, "<html><body><p>From stdin</p></body></html>", InputFormat.Html)]
    [InlineData(null, "{\"title\":\"t\",\"text\":\"a\"}", InputFormat.Json)]
    [InlineData(null, "{\"text\":\"a\"}\n{\"text\":\"b\"}\n", InputFormat.JsonLines)]
    [InlineData(null, "{ braces in prose } are still prose.", InputFormat.PlainText)]
    [InlineData(null, "Use a <b> tag, the guide says; 3 < 4.", InputFormat.PlainText)]
    public void Detects_by_extension_then_content(string? extension, string text, InputFormat expected) =>
        Assert.Equal(expected, FormatDetector.Detect(extension, text));
}
