using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Platform;

/// <summary>The confirmation before an authority's site goes offline.</summary>
[Authorize(Policy = Policies.PlatformOperator)]
public sealed class SuspendTenantModel(IMediator mediator) : PageModel
{
    public TenantDto Tenant { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var tenant = (await mediator.Send(new ListTenantsQuery(), cancellationToken)).FirstOrDefault(t => t.Id == id);
        if (tenant is null)
        {
            return NotFound();
        }

        Tenant = tenant;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var tenant = await mediator.Send(new SetTenantStatusCommand(id, TenantStatus.Suspended), cancellationToken);
        return Redirect($"/platform?done=suspended&name={Uri.EscapeDataString(tenant.Name)}");
    }
}
