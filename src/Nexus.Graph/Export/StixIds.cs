using System.Security.Cryptography;
using System.Text;

namespace Nexus.Graph.Export;

/// <summary>
/// Deterministic STIX identifiers: a name-based (version 5) UUID of a stable key, so the same store exports the
/// same ids every time and a consumer can merge re-exports.
/// </summary>
public static class StixIds
{
    // A fixed namespace UUID for Nexus ids (random, chosen once).
    private static readonly byte[] NamespaceBytes = Guid.Parse("7a0e2c4d-5b61-4f38-9d2e-8c1b3a6f4e90").ToByteArray(bigEndian: true);

    public static string For(string stixType, string key) => $"{stixType}--{Uuid5(key)}";

    public static Guid Uuid5(string name)
    {
        var data = NamespaceBytes.Concat(Encoding.UTF8.GetBytes(name)).ToArray();
        var hash = SHA1.HashData(data);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
