using Nexus.Core.Claims;
using Nexus.Core.Events;
using Nexus.Core.Knowledge;

namespace Nexus.Store.Sqlite;

/// <summary>How enums are spelled in the store: the same lower-case names as the extraction JSON.</summary>
internal static class Wire
{
    public static string Of(Polarity p) => p.ToString().ToLowerInvariant();

    public static string Of(EventType t) => t.ToString().ToLowerInvariant();

    public static string Of(ReviewStatus s) => s.ToString().ToLowerInvariant();

    public static T Parse<T>(string s) where T : struct, Enum => Enum.Parse<T>(s, ignoreCase: true);
}
