using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Events.Features.Calendar;

/// <summary>The person's meetings and visits, with .ics downloads and a private feed address for Outlook or Google.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class CalendarPageModel(IMediator mediator, ITenantLinks links, ITenantContext tenant) : PageModel
{
    public IReadOnlyList<CalendarEventDto> Events { get; private set; } = [];

    public bool HasFeed { get; private set; }

    /// <summary>Shown once, right after it is created: only its hash is stored.</summary>
    public string? NewFeedUrl { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Events = await mediator.Send(new GetMyCalendarQuery(), cancellationToken);
        HasFeed = await mediator.Send(new HasCalendarFeedQuery(), cancellationToken);
    }

    public async Task<IActionResult> OnPostFeedAsync(CancellationToken cancellationToken)
    {
        var token = await mediator.Send(new CreateCalendarFeedCommand(), cancellationToken);
        NewFeedUrl = links.For(tenant.Tenant!.Code, $"/api/v1/calendar/feed/{token}.ics");
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new RevokeCalendarFeedCommand(), cancellationToken);
        return RedirectToPage();
    }
}
