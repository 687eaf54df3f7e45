using EqualityMark.Shared.Time;

namespace EqualityMark.Events.Features.Visits;

/// <summary>
/// The school keeps its visit allowance when it cancels with enough notice, counted in whole UK calendar days
/// (the visit's day in London minus today in London), so a clock change never makes 14 days "13 days and 23 hours".
/// The authority's own cancellations always give the unit back; that rule lives with the caller.
/// </summary>
internal static class CancellationNotice
{
    public static bool IsInTime(DateTimeOffset? startsAt, int noticeDays, TimeProvider clock)
    {
        if (startsAt is not { } starts)
        {
            return true;
        }

        var visitDay = DateOnly.FromDateTime(UkTime.ToLondon(starts).DateTime);
        return visitDay.DayNumber - UkTime.Today(clock).DayNumber >= noticeDays;
    }
}
