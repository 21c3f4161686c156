namespace Nexus.Core.Knowledge;

/// <summary>An analyst's verdict on a claim. Rejected claims stay stored (for the audit trail) but leave the graph.</summary>
public enum ReviewStatus
{
    Unreviewed,
    Confirmed,
    Rejected,
}
