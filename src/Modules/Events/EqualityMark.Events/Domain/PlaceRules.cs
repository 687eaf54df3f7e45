namespace EqualityMark.Events.Domain;

/// <summary>Whether a group of representatives fits: room at the meeting and within the school's allowance per meeting.</summary>
internal static class PlaceRules
{
    public static bool Fits(int capacity, int bookedInMeeting, int bookedForSchool, int schoolAllowance, int groupSize) =>
        bookedInMeeting + groupSize <= capacity && bookedForSchool + groupSize <= schoolAllowance;
}
