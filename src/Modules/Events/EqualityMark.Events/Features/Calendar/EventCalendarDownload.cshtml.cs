using System.Text;
using EqualityMark.Shared.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Events.Features.Calendar;

/// <summary>
/// "Add to your calendar" on a meeting or visit page: the .ics file, or the service's own "page not found" when the event
/// is not in the person's calendar (the API's address answers API clients with problem details).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class EventCalendarDownloadModel : PageModel
{
    public async Task<IActionResult> OnGetAsync(string kind, Guid id, [FromServices] CalendarFiles files, CancellationToken cancellationToken) =>
        await files.ForEventAsync(kind, id, cancellationToken) is { } ics
            ? File(Encoding.UTF8.GetBytes(ics), "text/calendar", $"{kind}-{id}.ics")
            : NotFound();
}
