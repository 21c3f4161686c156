namespace Nexus.Ingestion.Reading;

/// <summary>The shapes of input an article can arrive in.</summary>
public enum InputFormat
{
    PlainText,
    Html,
    Json,
    JsonLines,
}
