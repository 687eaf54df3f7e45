namespace EqualityMark.Events.Domain;

/// <summary>Whether a group of representatives fits: room at the meeting and within the school's allowance per meeting.</summary>
internal static class PlaceRules
{
    /// <summary>Whether the school's representatives (booked or waiting) stay within its places per meeting.</summary>
    public static bool WithinAllowance(int schoolsBookings, int schoolAllowance, int groupSize) => schoolsBookings + groupSize <= schoolAllowance;

    public static string AllowanceMessage(int schoolsBookings, int schoolAllowance)
    {
        var left = Math.Max(0, schoolAllowance - schoolsBookings);
        return $"Your package includes {schoolAllowance} place{(schoolAllowance == 1 ? "" : "s")} per school at each network meeting and your school has {schoolsBookings} booked or waiting, so you can book {(left == 0 ? "no more" : $"at most {left} more")}.";
    }

    public static int FreePlaces(int capacity, int bookedInMeeting) => Math.Max(0, capacity - bookedInMeeting);

    public static bool Fits(int capacity, int bookedInMeeting, int bookedForSchool, int schoolAllowance, int groupSize) =>
        bookedInMeeting + groupSize <= capacity && bookedForSchool + groupSize <= schoolAllowance;
}
