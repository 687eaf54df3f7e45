using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Time;

namespace EqualityMark.Events.Features.Visits;

/// <summary>A day and two times in UK time, as the availability forms take them.</summary>
public sealed class AvailabilityInput
{
    /// <summary>Where the command's field messages land on the form.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string> { ["StartsAt"] = "Input.Date", ["EndsAt"] = "Input.Until" };

    public DateOnly? Date { get; set; }

    public TimeOnly? From { get; set; } = new(9, 0);

    public TimeOnly? Until { get; set; } = new(15, 0);

    public DateTimeOffset? StartsAt => Times.FromLondon(Date, From);

    public DateTimeOffset? EndsAt => Times.FromLondon(Date, Until);

    public static AvailabilityInput Of(AvailabilityDto slot) => new()
    {
        Date = UkTime.DateOf(slot.StartsAt),
        From = TimeOnly.FromDateTime(UkTime.ToLondon(slot.StartsAt).DateTime),
        Until = TimeOnly.FromDateTime(UkTime.ToLondon(slot.EndsAt).DateTime),
    };
}
