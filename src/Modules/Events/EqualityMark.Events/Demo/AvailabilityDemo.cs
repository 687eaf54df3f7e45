using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Demo;

/// <summary>The demo advisors' times for the coming weeks (Tuesdays and Thursdays, 9:00 to 16:00), so visits can be confirmed with them.</summary>
internal static class AvailabilityDemo
{
    public static async Task SeedAsync(EventsDbContext db, IMediator mediator, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var advisors = (await mediator.Send(new ListPeopleQuery(), cancellationToken)).Where(p => p.Role == Roles.Advisor).ToList();
        foreach (var advisor in advisors)
        {
            if (await db.AvailabilitySlots.AnyAsync(s => s.AdvisorId == advisor.Id && s.EndsAt > now, cancellationToken))
            {
                continue;
            }

            var today = UkTime.Today(clock);
            foreach (var day in Enumerable.Range(1, 42).Select(today.AddDays).Where(d => d.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Thursday))
            {
                db.AvailabilitySlots.Add(new AvailabilitySlot
                {
                    AdvisorId = advisor.Id, AdvisorName = advisor.FullName, StartsAt = UkTime.StartOf(day).AddHours(9), EndsAt = UkTime.StartOf(day).AddHours(16),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
