using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Events.Features.Visits;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Reminders;

/// <summary>
/// Daily: each booked representative is reminded of their meeting, and each confirmed visit's school and advisor
/// of the visit (with what is still missing from the pre-visit checklist) — once, through a unique reminder key.
/// </summary>
internal sealed class RunEventRemindersHandler(EventsDbContext db, EventsAccess access, IMediator mediator, IEmailOutbox outbox, TimeProvider clock)
    : IRequestHandler<RunEventRemindersCommand, Unit>
{
    public async Task<Unit> Handle(RunEventRemindersCommand request, CancellationToken cancellationToken)
    {
        var settings = await access.SettingsAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var horizon = now.AddDays(settings.ReminderDays);
        var sent = (await db.Reminders.AsNoTracking().Select(r => new { r.Kind, r.SubjectId }).ToListAsync(cancellationToken)).ToHashSet();

        var bookings = await (from b in db.Bookings
                              join m in db.Meetings on b.MeetingId equals m.Id
                              where b.Status == BookingStatus.Booked && m.CancelledAt == null && m.StartsAt > now && m.StartsAt <= horizon
                              select new { Booking = b, Meeting = m }).AsNoTracking().ToListAsync(cancellationToken);
        foreach (var item in bookings.Where(i => !sent.Contains(new { Kind = "meeting", SubjectId = i.Booking.Id })))
        {
            Record("meeting", item.Booking.Id);
            var where = item.Meeting.Venue.Length > 0 ? item.Meeting.Venue : item.Meeting.OnlineLink;
            await outbox.QueueAsync(new EmailMessage(item.Booking.AttendeeEmail, $"Reminder: {item.Meeting.Title}",
                $"Dear {item.Booking.AttendeeName},\n\nA reminder that you have a place at {item.Meeting.Title}, {Times.Describe(item.Meeting.StartsAt)}, {where}.", "MeetingReminder"), cancellationToken);
        }

        var visits = await db.Visits.Where(v => v.Status == VisitStatus.Confirmed && v.StartsAt > now && v.StartsAt <= horizon).ToListAsync(cancellationToken);
        if (visits.Count > 0)
        {
            var people = await mediator.Send(new ListPeopleQuery(), cancellationToken);
            foreach (var visit in visits.Where(v => !sent.Contains(new { Kind = v.ReminderKind, SubjectId = v.Id })))
            {
                Record(visit.ReminderKind, visit.Id);
                var details = await VisitDetails.ForAsync(db, mediator, visit, cancellationToken);
                var missing = details.Checklist.Where(c => !c.Done).Select(c => "- " + c.Text).ToList();
                var checklist = missing.Count == 0 ? "Everything on the pre-visit checklist is done." : "Still to do before the visit:\n" + string.Join('\n', missing);
                var recipients = people.Where(p => p.Status == "Active" && (p.Id == visit.AdvisorId || (p.SchoolId == visit.SchoolId && p.Role == Roles.SchoolCoordinator)));
                foreach (var person in recipients)
                {
                    await outbox.QueueAsync(new EmailMessage(person.Email, $"Reminder: {VisitKinds.Name(visit.Kind)} at {visit.SchoolName}",
                        $"Dear {person.FullName},\n\nThe {VisitKinds.Name(visit.Kind).ToLowerInvariant()} at {visit.SchoolName} is on {Times.Describe(visit.StartsAt!.Value)} with {visit.AdvisorName}.\n\n{checklist}", "VisitReminder"), cancellationToken);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private void Record(string kind, Guid subjectId) =>
        db.Reminders.Add(new EventReminder { Kind = kind, SubjectId = subjectId, SentAt = clock.GetUtcNow() });
}
