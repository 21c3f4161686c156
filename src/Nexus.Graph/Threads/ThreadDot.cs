using System.Collections.Immutable;

namespace Nexus.Graph.Threads;

/// <summary>One article in a story thread: when, where, what it was called, and what it added to the thread's picture.</summary>
public sealed record ThreadDot(long ArticleId, string Date, string Outlet, string? Title, ImmutableArray<string> NewActors, ImmutableArray<string> NewTies, ImmutableArray<long> Copies);
