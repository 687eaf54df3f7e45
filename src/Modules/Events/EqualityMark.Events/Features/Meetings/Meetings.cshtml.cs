using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Events.Features.Meetings;

[Authorize(Policy = Policies.SignedIn)]
public sealed class MeetingsModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public IReadOnlyList<MeetingDto> Meetings { get; private set; } = [];

    public IReadOnlyList<SchoolAttendanceDto> OurMeetings { get; private set; } = [];

    public bool CanCreate => user.IsAuthorityAdmin;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Meetings = await mediator.Send(new ListMeetingsQuery(), cancellationToken);
        if (user.IsSchoolUser)
        {
            OurMeetings = await mediator.Send(new SchoolAttendanceQuery(), cancellationToken);
        }
    }
}
