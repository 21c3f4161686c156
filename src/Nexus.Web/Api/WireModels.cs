namespace Nexus.Web.Api;

// The JSON shapes of the API. Internal: they are a wire format, not a library surface.

internal sealed record EntityRef(long Id, string Name, string Type);

internal sealed record EntitySummary(long Id, string Name, string Type, string[] Aliases, string? KnowledgeBaseId, int Articles, int Claims);

internal sealed record ArticleRef(long Id, string? Title, string? Outlet, string? Published, string? Url, long? CopyOf);

internal sealed record ParagraphView(string Text, int Start, int End);

internal sealed record EvidenceView(string Text, int Start, int End, ParagraphView? Paragraph);

internal sealed record ClaimView(
    long Id,
    string Relation,
    EntityRef Source,
    EntityRef Target,
    string Polarity,
    string? Speaker,
    long? SpeakerEntityId,
    string? ValidFrom,
    string? ValidTo,
    double Confidence,
    string Review,
    EvidenceView Evidence,
    ArticleRef Article,
    long? Contests,
    ClaimView[]? Denials);

internal sealed record RelationGroup(string Relation, string Role, int Count, ClaimView[] Claims);

internal sealed record EntityDetail(EntitySummary Entity, RelationGroup[] Relations, int ClaimCount, bool Truncated);

internal sealed record MentionView(int Start, int End, long EntityId, string Name, string Type);

internal sealed record ArticleSummary(ArticleRef Article, string? Author, int Entities, int Claims, int Events, string IngestedAt);

internal sealed record ArticleDetail(ArticleRef Article, string? Author, string? Dateline, string Sha256, string Text, MentionView[] Mentions, ClaimView[] Claims);

internal sealed record EventView(long Id, string Type, string? Date, EntityRef? Location, EntityRef[] Actors, EvidenceView Evidence, ArticleRef Article, int? Killed, int? Injured);

internal sealed record Page<T>(int Total, int Offset, T[] Items);
