using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Audit.Features.Framework;

[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class FrameworkVersionsModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public IReadOnlyList<FrameworkVersionSummaryDto> Versions { get; private set; } = [];

    public bool CanEdit => user.IsAuthorityAdmin;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Versions = await mediator.Send(new ListFrameworkVersionsQuery(), cancellationToken);

    public async Task<IActionResult> OnPostDraftAsync(CancellationToken cancellationToken)
    {
        var draft = await this.TrySendAsync(mediator, new CreateDraftCommand(), string.Empty, cancellationToken);
        if (draft is not null)
        {
            return Redirect($"/audit/framework/{draft.Id}");
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
