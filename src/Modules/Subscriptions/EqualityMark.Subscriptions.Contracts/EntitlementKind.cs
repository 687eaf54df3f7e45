namespace EqualityMark.Subscriptions.Contracts;

/// <summary>What a package can include. Bookings consume units of the countable kinds.</summary>
public enum EntitlementKind
{
    DocumentationAccess,
    NetworkMeetingPlaces,
    AnnualVisit,
    InsetSession,
    SecondAdvisoryVisit,
}
