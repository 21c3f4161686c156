namespace Nexus.Store;

/// <summary>
/// One audited correction: what was done (kind: review, merge, split, undo), by whom, when, why, the
/// ids it touched, and <see cref="UndoneBy"/> once reverted. <see cref="Details"/> is what undo needs.
/// </summary>
public sealed record ReviewAction(
    long Id,
    string Kind,
    string Actor,
    DateTimeOffset At,
    string? Note,
    string Summary,
    long? UndoneBy,
    string Details);
