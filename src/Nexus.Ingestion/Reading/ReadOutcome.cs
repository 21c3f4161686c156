using Nexus.Core.Articles;

namespace Nexus.Ingestion.Reading;

/// <summary>
/// One article read from a source, or why it could not be: <see cref="Source"/> names the file
/// (or "-"), <see cref="Line"/> the JSON Lines line where there is one.
/// </summary>
public sealed record ReadOutcome(string Source, int? Line, Article? Article, string? Error)
{
    public bool Succeeded => Article is not null;

    public static ReadOutcome Ok(string source, Article article, int? line = null) => new(source, line, article, null);

    public static ReadOutcome Fail(string source, string error, int? line = null) => new(source, line, null, error);

    /// <summary>The one-line message for stderr: "file.jsonl:3: broken JSON …".</summary>
    public string Describe() => Line is null ? $"{Source}: {Error}" : $"{Source}:{Line}: {Error}";
}
