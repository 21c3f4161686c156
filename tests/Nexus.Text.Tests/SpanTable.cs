using Nexus.Text.Analysis;

namespace Nexus.Text.Tests;

/// <summary>Renders tokens as a span table, one "text start-end" line each, so offsets are checked against the original text.</summary>
internal static class SpanTable
{
    public static string Of(string text, IEnumerable<Token> tokens) =>
        string.Join("\n", tokens.Select(t => $"{t.In(text)} {t.Start}-{t.End}"));

    public static string Normalize(string table) =>
        string.Join("\n", table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
}
