using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Events.Features.Meetings;

/// <summary>The confirmation before an administrator cancels a whole meeting.</summary>
[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class CancelMeetingModel(IMediator mediator) : PageModel
{
    public MeetingDto Meeting { get; private set; } = default!;

    public string Consequence =>
        $"{Meeting.Booked} booked and {Meeting.Waitlisted} on the waiting list will be emailed that it is cancelled. The meeting stays listed as cancelled and cannot be booked or changed again.";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Meeting = (await mediator.Send(new GetMeetingQuery(id), cancellationToken)).Meeting;
        return Meeting.Cancelled ? Redirect($"/meetings/{id}") : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await OnGetAsync(id, cancellationToken);
        if (found is not PageResult)
        {
            return found;
        }

        return await this.SendFormAsync(mediator, new CancelMeetingCommand(id), string.Empty, string.Empty, cancellationToken)
            ? Redirect($"/meetings/{id}?done=meeting-cancelled")
            : Page();
    }
}
