namespace Nexus.Core.Claims;

/// <summary>How a claim is put: stated as fact, hedged ("reportedly", "allegedly"), or denied. Wire names are lower case.</summary>
public enum Polarity
{
    Asserted,
    Hedged,
    Denied,
}
