namespace EqualityMark.Events.Contracts;

/// <summary>An offer to a waiting group of the places free now: open until the school takes them or declines, or the whole group gets places.</summary>
public enum SplitOfferStatus
{
    Open,
    Accepted,
    Declined,
    Withdrawn,
}
