using System.Text;
using EqualityMark.Events.Contracts;
using EqualityMark.Events.Features.Calendar;
using EqualityMark.Events.Features.Dashboard;
using EqualityMark.Events.Features.Meetings;
using EqualityMark.Events.Features.Settings;
using EqualityMark.Events.Features.SplitOffers;
using EqualityMark.Events.Features.Visits;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Paging;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Events.Features;

/// <summary>The Events module's JSON API, plus the iCalendar downloads and the private feed.</summary>
internal static class EventsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var meetings = api.MapGroup("/meetings").WithTags("Network meetings").RequireAuthorization(Policies.SignedIn);
        meetings.MapGet("/", (IMediator m, CancellationToken ct) => m.Send(new ListMeetingsQuery(), ct));
        meetings.MapPost("/", (MeetingBody b, IMediator m, CancellationToken ct) =>
            m.Send(new CreateMeetingCommand(b.Term ?? string.Empty, b.Title ?? string.Empty, b.Agenda, b.StartsAt, b.EndsAt, b.Venue, b.OnlineLink, b.Capacity, b.BookingDeadline, b.Materials), ct));
        meetings.MapGet("/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetMeetingQuery(id), ct));
        meetings.MapPut("/{id:guid}", (Guid id, MeetingChangeBody b, IMediator m, CancellationToken ct) =>
            m.Send(new UpdateMeetingCommand(id, b.Version, b.Term ?? string.Empty, b.Title ?? string.Empty, b.Agenda, b.StartsAt, b.EndsAt, b.Venue, b.OnlineLink, b.Capacity, b.BookingDeadline, b.Materials), ct));
        meetings.MapPost("/{id:guid}/cancel", (Guid id, IMediator m, CancellationToken ct) => m.Send(new CancelMeetingCommand(id), ct));
        meetings.MapGet("/{id:guid}/bookings", (Guid id, string? page, IMediator m, CancellationToken ct) =>
            ApiPage.SendAsync(page, number => m.Send(new ListMeetingBookingsQuery(id, number), ct)));
        meetings.MapPost("/{id:guid}/bookings", (Guid id, BookingBody b, IMediator m, CancellationToken ct) =>
            m.Send(new BookPlacesCommand(id, b.Attendees), ct));
        meetings.MapPost("/{id:guid}/message", (Guid id, MessageBody b, IMediator m, CancellationToken ct) =>
            m.Send(new MessageBookedCommand(id, b.Subject ?? string.Empty, b.Body ?? string.Empty), ct));
        meetings.MapGet("/{id:guid}/attendance.csv", async (Guid id, IMediator m, CancellationToken ct) =>
            Results.Text(AttendanceCsv.Write(await m.Send(new ListEveryPlaceQuery(id), ct)), "text/csv", Encoding.UTF8)).RequireAuthorization(Policies.AuthorityStaff);

        var offers = api.MapGroup("/meetings/offers/{id:guid}").WithTags("Network meetings").RequireAuthorization(Policies.SignedIn);
        offers.MapGet("/", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetSplitOfferQuery(id), ct));
        offers.MapPost("/accept", (Guid id, AcceptOfferBody b, IMediator m, CancellationToken ct) => m.Send(new AcceptSplitOfferCommand(id, b.BookingIds), ct));
        offers.MapPost("/decline", (Guid id, IMediator m, CancellationToken ct) => m.Send(new DeclineSplitOfferCommand(id), ct));

        var bookings = api.MapGroup("/bookings/{id:guid}").WithTags("Network meetings").RequireAuthorization(Policies.SignedIn);
        bookings.MapPost("/cancel", (Guid id, IMediator m, CancellationToken ct) => m.Send(new CancelBookingCommand(id), ct));
        bookings.MapPost("/transfer", (Guid id, AttendeeBody b, IMediator m, CancellationToken ct) =>
            m.Send(new TransferBookingCommand(id, b.AttendeeName ?? string.Empty, b.AttendeeEmail ?? string.Empty), ct));
        bookings.MapPut("/attendance", (Guid id, AttendanceBody b, IMediator m, CancellationToken ct) => m.Send(new RecordAttendanceCommand(id, b.Attendance), ct));

        var visits = api.MapGroup("/visits").WithTags("Visits").RequireAuthorization(Policies.SignedIn);
        visits.MapGet("/", (bool? mine, IMediator m, CancellationToken ct) => m.Send(new ListVisitsQuery(OnlyMine: mine ?? false), ct));
        visits.MapPost("/", (VisitBody b, IMediator m, CancellationToken ct) =>
            m.Send(new RequestVisitCommand(b.Kind, b.Focus ?? string.Empty, b.ProposedDates ?? string.Empty, b.BadgesToVerify), ct));
        visits.MapGet("/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetVisitQuery(id), ct));
        visits.MapPost("/{id:guid}/confirm", (Guid id, ConfirmBody b, IMediator m, CancellationToken ct) => m.Send(new ConfirmVisitCommand(id, b.AdvisorId, b.StartsAt, b.EndsAt), ct));
        visits.MapPost("/{id:guid}/cancel", (Guid id, IMediator m, CancellationToken ct) => m.Send(new CancelVisitCommand(id), ct));
        visits.MapPost("/{id:guid}/record", (Guid id, RecordBody b, IMediator m, CancellationToken ct) => m.Send(new RecordVisitCommand(id, b.Record ?? string.Empty), ct));
        visits.MapPost("/{id:guid}/response", (Guid id, ResponseBody b, IMediator m, CancellationToken ct) => m.Send(new RespondToVisitCommand(id, b.Agree, b.Comment), ct));
        visits.MapGet("/availability", (IMediator m, CancellationToken ct) => m.Send(new ListAvailabilityQuery(), ct));
        visits.MapPost("/availability", (AvailabilityBody b, IMediator m, CancellationToken ct) => m.Send(new PublishAvailabilityCommand(b.StartsAt, b.EndsAt), ct));
        visits.MapGet("/availability/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetAvailabilityQuery(id), ct));
        visits.MapPut("/availability/{id:guid}", (Guid id, AvailabilityBody b, IMediator m, CancellationToken ct) => m.Send(new UpdateAvailabilityCommand(id, b.StartsAt, b.EndsAt), ct));
        visits.MapDelete("/availability/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) =>
        {
            await m.Send(new RemoveAvailabilityCommand(id), ct);
            return Results.NoContent();
        });

        var events = api.MapGroup("/events").WithTags("Events").RequireAuthorization(Policies.AuthorityStaff);
        events.MapGet("/dashboard", (string? page, IMediator m, CancellationToken ct) =>
            ApiPage.SendAsync(page, number => m.Send(new GetEventsDashboardQuery(number), ct), d => d.SchoolsWithoutAnnualVisit.Pages));
        events.MapGet("/settings", (IMediator m, CancellationToken ct) => m.Send(new GetEventSettingsQuery(), ct));
        events.MapPut("/settings", (SettingsBody b, IMediator m, CancellationToken ct) => m.Send(new UpdateEventSettingsCommand(b.CancellationNoticeDays, b.ReminderDays), ct));

        var calendar = api.MapGroup("/calendar").WithTags("Calendar");
        calendar.MapGet("/", (IMediator m, CancellationToken ct) => m.Send(new GetMyCalendarQuery(), ct)).RequireAuthorization(Policies.SignedIn);
        calendar.MapGet("/events/{kind}/{id:guid}.ics", async (string kind, Guid id, CalendarFiles files, CancellationToken ct) =>
            await files.ForEventAsync(kind, id, ct) is { } ics
                ? Results.File(Encoding.UTF8.GetBytes(ics), "text/calendar", $"{kind}-{id}.ics")
                : throw new NotFoundException("That meeting or visit is not in your calendar: only meetings your school has a place at and your own visits are."))
            .RequireAuthorization(Policies.SignedIn);
        calendar.MapPost("/feed", (IMediator m, CancellationToken ct) => m.Send(new CreateCalendarFeedCommand(), ct)).RequireAuthorization(Policies.SignedIn);
        calendar.MapDelete("/feed", (IMediator m, CancellationToken ct) => m.Send(new RevokeCalendarFeedCommand(), ct)).RequireAuthorization(Policies.SignedIn);
        calendar.MapGet("/feed/{token}.ics", async (string token, IMediator m, CalendarFiles files, CancellationToken ct) =>
            Results.Text(files.Write(await m.Send(new GetFeedCalendarQuery(token), ct)), "text/calendar", Encoding.UTF8))
            .AllowAnonymous();
    }

    internal sealed record MeetingBody(string? Term, string? Title, string? Agenda, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Venue, string? OnlineLink, int? Capacity, DateTimeOffset? BookingDeadline, string? Materials);

    internal sealed record MeetingChangeBody(int? Version, string? Term, string? Title, string? Agenda, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Venue, string? OnlineLink, int? Capacity, DateTimeOffset? BookingDeadline, string? Materials);

    internal sealed record AttendeeBody(string? AttendeeName, string? AttendeeEmail);

    internal sealed record BookingBody(IReadOnlyList<AttendeeInput>? Attendees);

    internal sealed record AcceptOfferBody(IReadOnlyList<Guid>? BookingIds);

    internal sealed record MessageBody(string? Subject, string? Body);

    internal sealed record AttendanceBody(Attendance? Attendance);

    internal sealed record VisitBody(VisitKind? Kind, string? Focus, string? ProposedDates, IReadOnlyList<string>? BadgesToVerify);

    internal sealed record ConfirmBody(Guid? AdvisorId, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt);

    internal sealed record RecordBody(string? Record);

    internal sealed record ResponseBody(bool Agree, string? Comment);

    internal sealed record AvailabilityBody(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt);

    internal sealed record SettingsBody(int? CancellationNoticeDays, int? ReminderDays);
}
