using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Modules;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Events.Demo;

/// <summary>Schedules next term's network meeting for each demo authority, if it has none coming, and Lancashire's workshop with a split offer. Idempotent.</summary>
internal sealed class EventsDemoSeeder(TenantScopeFactory scopes, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 30;

    public async Task SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        IReadOnlyList<TenantDto> tenants;
        await using (var scope = scopes.CreateScope(null))
        {
            tenants = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListTenantsQuery(), cancellationToken);
        }

        foreach (var tenant in tenants.Where(t => t.Code is "lancashire" or "northdale"))
        {
            await using var scope = scopes.CreateScope(new TenantInfo(tenant.Id, tenant.Code, tenant.Name, tenant.ProgrammeName));
            var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
            var now = clock.GetUtcNow();
            await AvailabilityDemo.SeedAsync(db, scope.ServiceProvider.GetRequiredService<IMediator>(), clock, cancellationToken);
            if (tenant.Code == "lancashire")
            {
                await SplitOfferDemo.SeedAsync(db, scope.ServiceProvider.GetRequiredService<IMediator>(), clock, cancellationToken);
            }

            if (await db.Meetings.AnyAsync(m => m.StartsAt > now && m.Title != SplitOfferDemo.Title, cancellationToken))
            {
                continue;
            }

            var day = UkTime.Today(clock).AddDays(56);
            var starts = new DateTimeOffset(day.ToDateTime(new TimeOnly(13, 30)), UkTime.London.GetUtcOffset(day.ToDateTime(new TimeOnly(13, 30))));
            db.Meetings.Add(new NetworkMeeting
            {
                Term = "Spring " + day.Year,
                Title = "Equality co-ordinators' network meeting",
                Agenda = "National and local updates; training on the Holistic Diversity strand; schools sharing their action plans",
                StartsAt = starts.ToUniversalTime(),
                EndsAt = starts.AddHours(2).ToUniversalTime(),
                Venue = tenant.Code == "lancashire" ? "County Hall, Preston" : "Northdale Civic Centre",
                Capacity = 40,
                BookingDeadline = starts.AddDays(-7).ToUniversalTime(),
                CreatedAt = now,
            });
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
