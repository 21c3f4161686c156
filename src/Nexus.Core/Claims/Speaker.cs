namespace Nexus.Core.Claims;

/// <summary>
/// Who says a claim. A named speaker links to an entity of the article (<see cref="EntityId"/>);
/// an unnamed one ("officials", "an Intelligence Bureau official") keeps only its words.
/// The author's own voice is no speaker at all (a null <see cref="Speaker"/>).
/// </summary>
public sealed record Speaker(string? EntityId, string Text)
{
    public static Speaker Named(string entityId, string text) => new(entityId, text);

    public static Speaker Unnamed(string text) => new(null, text);
}
