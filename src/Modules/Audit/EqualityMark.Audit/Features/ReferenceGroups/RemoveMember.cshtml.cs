using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Audit.Features.ReferenceGroups;

/// <summary>The confirmation before a member leaves the school's reference group.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class RemoveMemberModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? School { get; set; }

    public ReferenceGroupMemberDto Member { get; private set; } = default!;

    public string BackHref => School is { } school ? $"/audit/reference-group?school={school}" : "/audit/reference-group";

    private Guid SchoolId => user.SchoolId ?? School ?? Guid.Empty;

    public async Task<IActionResult> OnGetAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var group = await mediator.Send(new GetReferenceGroupQuery(SchoolId), cancellationToken);
        if (group.Members.FirstOrDefault(m => m.Id == memberId) is not { } member)
        {
            return NotFound();
        }

        Member = member;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var found = await OnGetAsync(memberId, cancellationToken);
        if (found is not PageResult)
        {
            return found;
        }

        if (await this.SendFormAsync(mediator, new RemoveMemberCommand(SchoolId, memberId), string.Empty, string.Empty, cancellationToken))
        {
            return Redirect($"{BackHref}{(School is null ? '?' : '&')}done=member-removed&name={Uri.EscapeDataString(Member.FullName)}");
        }

        return Page();
    }
}
