using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.PhaseBands;

/// <summary>The confirmation page before a band is removed; a band a subscription was priced by is refused with the reason.</summary>
[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class RemovePhaseBandModel(IMediator mediator) : PageModel
{
    public PhaseBandDetailsDto Band { get; private set; } = default!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Band = await mediator.Send(new GetPhaseBandQuery(id), cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await this.SendFormAsync(mediator, new RemovePhaseBandCommand(id), "Input", "Remove", cancellationToken))
        {
            return Redirect($"/admin/phase-bands?done={PhaseBandsModel.Removed}");
        }

        Response.StatusCode = StatusCodes.Status409Conflict;
        Band = await mediator.Send(new GetPhaseBandQuery(id), cancellationToken);
        return Page();
    }
}
