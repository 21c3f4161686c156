using System.Collections.Immutable;
using Nexus.Core.Entities;

namespace Nexus.Core.Knowledge;

/// <summary>An entity of the whole store: one actor across every article that names it.</summary>
public sealed record StoredEntity(long Id, string Name, EntityType Type, ImmutableArray<string> Aliases, string? KnowledgeBaseId);
