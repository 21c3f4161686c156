namespace Nexus.Ingestion.Dedup;

/// <summary>
/// An in-memory LSH index of signatures: finds the first stored item that a new signature
/// near-duplicates by checking only items that share a band key, never the whole collection.
/// The store keeps the same band keys in a table for the persistent case.
/// </summary>
public sealed class NearDuplicateIndex<TId> where TId : notnull
{
    private readonly Dictionary<long, List<int>> itemsByBand = [];
    private readonly List<(TId Id, MinHashSignature Signature)> items = [];

    public int Count => items.Count;

    public void Add(TId id, MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var index = items.Count;
        items.Add((id, signature));
        foreach (var key in signature.BandKeys())
        {
            if (!itemsByBand.TryGetValue(key, out var list)) itemsByBand[key] = list = [];
            list.Add(index);
        }
    }

    /// <summary>The earliest-added item whose estimated Jaccard with <paramref name="signature"/> reaches the threshold, if any.</summary>
    public bool TryFindNearDuplicate(MinHashSignature signature, out TId id, out double jaccard)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var best = int.MaxValue;
        jaccard = 0;
        var seen = new HashSet<int>();
        foreach (var key in signature.BandKeys())
        {
            if (!itemsByBand.TryGetValue(key, out var list)) continue;
            foreach (var index in list)
            {
                if (index >= best || !seen.Add(index)) continue;
                var j = items[index].Signature.EstimateJaccard(signature);
                if (j >= MinHasher.NearDuplicateThreshold) { best = index; jaccard = j; }
            }
        }
        id = best == int.MaxValue ? default! : items[best].Id;
        return best != int.MaxValue;
    }
}
