using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Time;
using EqualityMark.Shared.Web;

namespace EqualityMark.Events.Features.Visits;

/// <summary>A day and two times in UK time, as the availability forms take them.</summary>
public sealed class AvailabilityInput
{
    /// <summary>Where the command's field messages land on the form.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string> { ["StartsAt"] = "Input.Date", ["EndsAt"] = "Input.Until" };

    public DateInput Date { get; set; } = new();

    public TimeOnly? From { get; set; } = new(9, 0);

    public TimeOnly? Until { get; set; } = new(15, 0);

    /// <summary>False (with GOV.UK messages on the date boxes) when the date typed is not a real one: then nothing is sent.</summary>
    public bool DateIsReal(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState) =>
        modelState.ExplainUnrealDates(("Input.Date", Date, "Date"));

    public DateTimeOffset? StartsAt => Times.FromLondon(Date.Date, From);

    public DateTimeOffset? EndsAt => Times.FromLondon(Date.Date, Until);

    public static AvailabilityInput Of(AvailabilityDto slot) => new()
    {
        Date = DateInput.From(UkTime.DateOf(slot.StartsAt)),
        From = TimeOnly.FromDateTime(UkTime.ToLondon(slot.StartsAt).DateTime),
        Until = TimeOnly.FromDateTime(UkTime.ToLondon(slot.EndsAt).DateTime),
    };
}
