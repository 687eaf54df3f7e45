using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;
using MediatR;

namespace EqualityMark.Events.Features.Calendar;

/// <summary>The .ics text of the authority's events: one event from the person's own calendar, or a feed's events.</summary>
public sealed class CalendarFiles(IMediator mediator, ITenantContext tenant, ITenantLinks links, TimeProvider clock)
{
    /// <summary>The event as a file, or null when it is not in the signed-in person's calendar (not booked, not theirs, cancelled).</summary>
    public async Task<string?> ForEventAsync(string kind, Guid id, CancellationToken cancellationToken)
    {
        var found = (await mediator.Send(new GetMyCalendarQuery(), cancellationToken)).Where(e => e.Kind == kind && e.Id == id).ToList();
        return found.Count == 0 ? null : Write(found);
    }

    public string Write(IEnumerable<CalendarEventDto> events) =>
        IcsCalendarFile.Write(tenant.Tenant!.ProgrammeName, events, clock.GetUtcNow(), path => links.For(tenant.Tenant.Code, path));
}
