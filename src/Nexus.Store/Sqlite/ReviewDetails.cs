namespace Nexus.Store.Sqlite;

/// <summary>What a correction changed, stored as JSON in its audit row: enough to undo it exactly.</summary>
internal sealed class ReviewDetails
{
    public long? Claim { get; set; }
    public string? Before { get; set; }
    public long? Entity { get; set; }
    public long? Keep { get; set; }
    public string? Name { get; set; }
    public string? Type { get; set; }
    public string? KbId { get; set; }
    public string? NameKey { get; set; }
    public List<string> Aliases { get; set; } = [];
    public List<string> AddedAliases { get; set; } = [];
    public List<long> Mentions { get; set; } = [];
    public List<long> Sources { get; set; } = [];
    public List<long> Targets { get; set; } = [];
    public List<long> Speakers { get; set; } = [];
    public List<long> Locations { get; set; } = [];
    public List<long> ActorEvents { get; set; } = [];
    public List<long> SharedEvents { get; set; } = [];
    public long? Undid { get; set; }
}
