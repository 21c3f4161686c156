namespace Nexus.Graph.Threads;

/// <summary>What a story-thread comparison needs of one article: its actors, its words and its date.</summary>
internal sealed record ArticleProfile(long ArticleId, DateOnly Date, HashSet<long> Actors, HashSet<string> Words);
