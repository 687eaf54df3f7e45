using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Accreditation.Features.Revocation;

/// <summary>The confirmation page before an administrator revokes a badge or the Mark: what will happen, and the reason.</summary>
[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class RevokeAwardPageModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    internal AwardToRevokeDto Award { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Award = await mediator.Send(new GetAwardToRevokeQuery(Id), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Award = await mediator.Send(new GetAwardToRevokeQuery(Id), cancellationToken);
        return await this.SendFormAsync(mediator, new RevokeAwardCommand(Id, Reason), string.Empty, nameof(Reason), cancellationToken)
            ? Redirect($"/accreditation/schools/{Award.SchoolId}?done=award-revoked")
            : Page();
    }
}
