using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Demo;

/// <summary>
/// Lancashire's small workshop: Fylde Coast High has the one place taken, Pendle Brook's two representatives wait and its
/// co-ordinator (coordinator@lancashire.example) has been offered the place that came free (ADR 0019). Idempotent by title.
/// </summary>
internal static class SplitOfferDemo
{
    public const string Title = "Holistic Diversity strand workshop";

    public static async Task SeedAsync(EventsDbContext db, IMediator mediator, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Meetings.AnyAsync(m => m.Title == Title, cancellationToken))
        {
            return;
        }

        var schools = await mediator.Send(new ListSchoolsQuery(), cancellationToken);
        if (schools.FirstOrDefault(s => s.Urn == "900101") is not { } pendle || schools.FirstOrDefault(s => s.Urn == "900102") is not { } fylde)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var local = UkTime.Today(clock).AddDays(35).ToDateTime(new TimeOnly(15, 45));
        var starts = new DateTimeOffset(local, UkTime.London.GetUtcOffset(local)).ToUniversalTime();
        var meeting = new NetworkMeeting
        {
            Term = "Spring " + local.Year, Title = Title, Agenda = "A practical after-school workshop for co-ordinators, in a small group",
            StartsAt = starts, EndsAt = starts.AddHours(1.5), Venue = "Pendle Hub, Nelson", Capacity = 2, BookingDeadline = starts.AddDays(-3), CreatedAt = now,
        };
        db.Meetings.Add(meeting);
        var fyldeGroup = Guid.CreateVersion7();
        var pendleGroup = Guid.CreateVersion7();
        db.Bookings.AddRange(
            Booking(meeting, fyldeGroup, fylde, "Farah Khan", "farah.khan@fylde-coast.example", BookingStatus.Booked, now.AddDays(-6)),
            Booking(meeting, fyldeGroup, fylde, "Tom Reid", "tom.reid@fylde-coast.example", BookingStatus.Cancelled, now.AddDays(-6)),
            Booking(meeting, pendleGroup, pendle, "Jo Williams", "member@lancashire.example", BookingStatus.Waitlisted, now.AddDays(-5)),
            Booking(meeting, pendleGroup, pendle, "Sam Patel", "sam.patel@pendle-brook.example", BookingStatus.Waitlisted, now.AddDays(-5)));
        db.SplitOffers.Add(new SplitOffer { MeetingId = meeting.Id, GroupId = pendleGroup, SchoolId = pendle.Id, SchoolName = pendle.Name, OfferedAt = now.AddDays(-1) });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static MeetingBooking Booking(NetworkMeeting meeting, Guid group, SchoolDto school, string name, string email, BookingStatus status, DateTimeOffset at) => new()
    {
        MeetingId = meeting.Id, GroupId = group, SchoolId = school.Id, SchoolName = school.Name, AttendeeName = name, AttendeeEmail = email,
        SchoolAllowance = 2, Status = status, CreatedAt = at,
    };
}
