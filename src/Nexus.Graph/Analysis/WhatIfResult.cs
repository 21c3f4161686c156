using System.Collections.Immutable;

namespace Nexus.Graph.Analysis;

/// <summary>The network before and after removing actors: cut-off support, fragmentation, and a key-player ranking.</summary>
public sealed record WhatIfResult(
    ImmutableArray<string> Removed,
    ImmutableArray<LostSupport> LostOnlySource,
    int ComponentsBefore,
    int ComponentsAfter,
    int LargestBefore,
    int LargestAfter,
    double FragmentationBefore,
    double FragmentationAfter,
    ImmutableArray<ImmutableArray<string>> ComponentsAfterRemoval,
    ImmutableArray<KeyPlayer> KeyPlayers);
