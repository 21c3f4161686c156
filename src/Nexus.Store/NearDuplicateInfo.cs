namespace Nexus.Store;

/// <summary>
/// The MinHash signature and LSH band keys of an article, stored so later articles can find it;
/// <see cref="CopyOf"/> set when it is itself a near-duplicate of a stored article.
/// </summary>
public sealed record NearDuplicateInfo(byte[] Signature, IReadOnlyList<long> BandKeys, long? CopyOf);
