namespace Nexus.Core.Time;

public enum DatePrecision
{
    Year,
    Month,
    Day,
}
