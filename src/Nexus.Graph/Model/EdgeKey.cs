using Nexus.Core.Claims;

namespace Nexus.Graph.Model;

/// <summary>(source, type, target); a symmetric type is stored with the smaller id first so both directions meet.</summary>
public readonly record struct EdgeKey(long SourceId, RelationType Type, long TargetId)
{
    public static EdgeKey Of(long source, RelationType type, long target) =>
        type.IsSymmetric() && source > target ? new(target, type, source) : new(source, type, target);

    public override string ToString() => $"{SourceId}-{Type.ToWire()}-{TargetId}";
}
