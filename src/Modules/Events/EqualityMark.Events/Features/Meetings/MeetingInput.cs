using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Time;
using EqualityMark.Shared.Web;

namespace EqualityMark.Events.Features.Meetings;

/// <summary>A meeting's form fields in UK time, shared by "Schedule a network meeting" and "Change the meeting".</summary>
public sealed class MeetingInput
{
    /// <summary>Where the command's messages about times land on the form.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["StartsAt"] = "Input.Date",
        ["EndsAt"] = "Input.EndTime",
    };

    public string? Term { get; set; }

    public string? Title { get; set; } = "Equality co-ordinators' network meeting";

    public string? Agenda { get; set; }

    public DateInput Date { get; set; } = new();

    public TimeOnly? StartTime { get; set; } = new(13, 30);

    public TimeOnly? EndTime { get; set; } = new(15, 30);

    public string? Venue { get; set; }

    public string? OnlineLink { get; set; }

    public int? Capacity { get; set; } = 60;

    public DateInput BookingDeadline { get; set; } = new();

    public string? Materials { get; set; }

    /// <summary>False (with GOV.UK messages on the date boxes) when a date typed is not a real one: then nothing is sent.</summary>
    public bool DatesAreReal(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState) =>
        modelState.ExplainUnrealDates(("Input.Date", Date, "Date of the meeting"), ("Input.BookingDeadline", BookingDeadline, "Booking closing date"));

    public DateTimeOffset? StartsAt => Times.FromLondon(Date.Date, StartTime);

    public DateTimeOffset? EndsAt => Times.FromLondon(Date.Date, EndTime);

    /// <summary>Booking closes at the end of the chosen day in England.</summary>
    public DateTimeOffset? ClosesAt => Times.FromLondon(BookingDeadline.Date, new TimeOnly(23, 59));

    public static MeetingInput Of(MeetingDto m) => new()
    {
        Term = m.Term,
        Title = m.Title,
        Agenda = m.Agenda,
        Date = DateInput.From(UkTime.DateOf(m.StartsAt)),
        StartTime = TimeOnly.FromDateTime(UkTime.ToLondon(m.StartsAt).DateTime),
        EndTime = TimeOnly.FromDateTime(UkTime.ToLondon(m.EndsAt).DateTime),
        Venue = m.Venue,
        OnlineLink = m.OnlineLink,
        Capacity = m.Capacity,
        BookingDeadline = DateInput.From(UkTime.DateOf(m.BookingDeadline)),
        Materials = m.Materials,
    };
}
