namespace EqualityMark.Audit.Contracts;

/// <summary>One cell of the summary grid: element × strand, its derived rating and any override.</summary>
public sealed record GridCellDto(string ElementKey, string StrandKey, Rating Derived, Rating? Override, string? OverrideRationale)
{
    public Rating Rating => Override ?? Derived;
}
