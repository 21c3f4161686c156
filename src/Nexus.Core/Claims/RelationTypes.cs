using System.Collections.Frozen;
using System.Text;

namespace Nexus.Core.Claims;

/// <summary>Wire names and properties of <see cref="RelationType"/>.</summary>
public static class RelationTypes
{
    private static readonly FrozenDictionary<RelationType, string> Names =
        Enum.GetValues<RelationType>().ToFrozenDictionary(t => t, ToSnakeCase);

    private static readonly FrozenDictionary<string, RelationType> ByName =
        Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<RelationType> All { get; } = Enum.GetValues<RelationType>();

    public static string ToWire(this RelationType type) => Names[type];

    public static bool TryParse(string? name, out RelationType type) =>
        ByName.TryGetValue(name ?? string.Empty, out type);

    public static RelationType Parse(string name) =>
        TryParse(name, out var t) ? t : throw new FormatException($"unknown relation type '{name}'");

    /// <summary>Alliance, rivalry and fighting hold both ways; the rest are directed.</summary>
    public static bool IsSymmetric(this RelationType type) =>
        type is RelationType.AlliedWith or RelationType.RivalOf or RelationType.Fights;

    /// <summary>Material support flowing from source to target: what a what-if removal can cut off.</summary>
    public static bool IsSupport(this RelationType type) =>
        type is RelationType.Sponsors or RelationType.Funds or RelationType.Arms or RelationType.Trains
            or RelationType.Shelters or RelationType.Directs;

    /// <summary>Sign in the signed network: alliance and support are positive, hostility negative, the rest neutral.</summary>
    public static int Sign(this RelationType type) => type switch
    {
        RelationType.AlliedWith => 1,
        RelationType.RivalOf or RelationType.Fights or RelationType.Attacks or RelationType.Targets => -1,
        _ when type.IsSupport() => 1,
        _ => 0,
    };

    private static string ToSnakeCase(RelationType type)
    {
        var name = type.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
