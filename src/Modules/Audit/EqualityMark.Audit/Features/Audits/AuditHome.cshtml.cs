using EqualityMark.Audit.Features.ReferenceGroups;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Audit.Features.Audits;

/// <summary>A school's audit home: its reference group and this year's audit. Authority staff go to the schools list.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class AuditHomeModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public AuditOverviewDto Overview { get; private set; } = default!;

    public ReferenceGroupDto Group { get; private set; } = default!;

    public bool CanSeeGrid(AuditSummaryDto audit) => Grid.GridSharing.IsVisibleTo(user, audit.GridSharedAt);

    /// <summary>Only the co-ordinator manages the reference group; everyone else may look at it.</summary>
    public bool CanManageGroup => user.Role == Roles.SchoolCoordinator;

    [BindProperty]
    public bool CopyLastYear { get; set; } = true;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (user.IsAuthorityStaff || user.SchoolId is null)
        {
            return Redirect("/audit/schools");
        }

        await LoadAsync(user.SchoolId.Value, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken)
    {
        var schoolId = user.SchoolId ?? Guid.Empty;
        var audit = await this.TrySendAsync(mediator, new StartAuditCommand(schoolId, CopyLastYear), string.Empty, cancellationToken);
        if (audit is not null)
        {
            return Redirect($"/audit/{audit.Id}");
        }

        await LoadAsync(schoolId, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        Overview = await mediator.Send(new GetAuditOverviewQuery(schoolId), cancellationToken);
        Group = await mediator.Send(new GetReferenceGroupQuery(schoolId), cancellationToken);
    }
}
