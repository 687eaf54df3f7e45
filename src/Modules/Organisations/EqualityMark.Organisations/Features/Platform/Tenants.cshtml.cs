using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Platform;

[Authorize(Policy = Policies.PlatformOperator)]
public sealed class TenantsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<TenantDto> Tenants { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tenants = await mediator.Send(new ListTenantsQuery(), cancellationToken);

    /// <summary>Suspending an authority takes its site offline (404) without deleting anything.</summary>
    public async Task<IActionResult> OnPostStatusAsync(Guid id, TenantStatus status, CancellationToken cancellationToken)
    {
        await mediator.Send(new SetTenantStatusCommand(id, status), cancellationToken);
        return RedirectToPage();
    }
}
