using System.Text.Encodings.Web;
using System.Text.Json;
using Nexus.Core.Articles;
using Nexus.Core.Claims;
using Nexus.Core.Text;

namespace Nexus.Extraction.Output;

/// <summary>Writes an <see cref="ArticleExtraction"/> as one line of the extraction JSON contract (shared/spec/extraction-json.md).</summary>
public static class ExtractionJsonWriter
{
    public const string Format = "nexus.extraction/1";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static void Write(Stream output, ArticleExtraction x)
    {
        using var w = new Utf8JsonWriter(output, Options);
        var meta = x.Article.Metadata;
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteStartObject("source");
        w.WriteString("path", meta.Path);
        w.WriteString("url", meta.Url);
        w.WriteString("title", meta.Title);
        w.WriteString("published", meta.Published?.ToString());
        w.WriteString("outlet", meta.Outlet);
        w.WriteString("author", meta.Author);
        w.WriteString("dateline", meta.Dateline);
        w.WriteString("sha256", x.Article.Sha256);
        w.WriteEndObject();

        w.WriteStartArray("entities");
        foreach (var e in x.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("name", e.Name);
            w.WriteString("type", e.Type.ToString());
            w.WriteStartArray("aliases");
            foreach (var a in e.Aliases) w.WriteStringValue(a);
            w.WriteEndArray();
            if (e.KnowledgeBaseId is not null) w.WriteString("kb", e.KnowledgeBaseId);
            w.WriteStartArray("mentions");
            foreach (var m in e.Mentions)
            {
                w.WriteStartObject();
                w.WriteNumber("start", m.Start);
                w.WriteNumber("end", m.End);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("relations");
        for (var i = 0; i < x.Claims.Length; i++)
        {
            var c = x.Claims[i];
            w.WriteStartObject();
            w.WriteString("id", $"r{i + 1}");
            w.WriteString("source", c.SourceId);
            w.WriteString("type", c.Type.ToWire());
            w.WriteString("target", c.TargetId);
            w.WriteString("polarity", c.Polarity.ToString().ToLowerInvariant());
            WriteSpeaker(w, c.AttributedTo);
            w.WriteString("valid_from", c.ValidFrom?.ToString());
            w.WriteString("valid_to", c.ValidTo?.ToString());
            w.WriteNumber("confidence", Math.Round(c.Confidence, 3));
            if (c.Contests is int contested) w.WriteString("contests", $"r{contested + 1}");
            WriteEvidence(w, c.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var v in x.Events)
        {
            w.WriteStartObject();
            w.WriteString("id", v.Id);
            w.WriteString("type", v.Type.ToString().ToLowerInvariant());
            w.WriteString("date", v.Date?.ToString());
            w.WriteString("location", v.LocationId);
            w.WriteStartArray("actors");
            foreach (var a in v.ActorIds) w.WriteStringValue(a);
            w.WriteEndArray();
            if (v.Killed is int killed) w.WriteNumber("killed", killed);
            if (v.Injured is int injured) w.WriteNumber("injured", injured);
            WriteEvidence(w, v.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteSpeaker(Utf8JsonWriter w, Speaker? speaker)
    {
        if (speaker is null) w.WriteNull("attributed_to");
        else w.WriteString("attributed_to", speaker.EntityId ?? speaker.Text);
    }

    private static void WriteEvidence(Utf8JsonWriter w, Evidence evidence)
    {
        w.WriteStartObject("evidence");
        w.WriteNumber("start", evidence.Span.Start);
        w.WriteNumber("end", evidence.Span.End);
        w.WriteString("text", evidence.Text);
        w.WriteEndObject();
    }
}
