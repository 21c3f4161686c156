using System.Collections.Immutable;
using Nexus.Core.Text;

namespace Nexus.Core.Entities;

/// <summary>
/// One actor, place or thing as one article names it: a canonical name, every surface form the
/// article used for it, and where. <see cref="KnowledgeBaseId"/> says which knowledge-base entry
/// it was linked to, if any, so that articles agree on identity.
/// </summary>
public sealed record Entity(
    string Id,
    string Name,
    EntityType Type,
    ImmutableArray<string> Aliases,
    ImmutableArray<TextSpan> Mentions,
    string? KnowledgeBaseId = null);
