using System.Collections.Immutable;

namespace Nexus.Graph.Threads;

/// <summary>Articles telling one developing story, newest dot first; <see cref="Actors"/> most named first.</summary>
public sealed record StoryThread(int Index, DateOnly First, DateOnly Last, ImmutableArray<string> Actors, ImmutableArray<ThreadDot> Dots);
