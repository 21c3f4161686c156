namespace Nexus.Ingestion.Reading;

/// <summary>Text decoded from bytes, and the encoding it was decoded with ("utf-8", "utf-16BE", "windows-1252").</summary>
public sealed record DecodedText(string Text, string EncodingName);
