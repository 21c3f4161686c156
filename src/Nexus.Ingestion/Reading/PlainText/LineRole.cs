namespace Nexus.Ingestion.Reading.PlainText;

/// <summary>What one line of a plain-text article is; only <see cref="Content"/> and <see cref="Title"/> reach the extractor.</summary>
public enum LineRole
{
    Blank,
    Content,
    Title,
    RepeatedTitle,
    Metadata,
    Heading,
    Furniture,
    AuthorBio,
}
