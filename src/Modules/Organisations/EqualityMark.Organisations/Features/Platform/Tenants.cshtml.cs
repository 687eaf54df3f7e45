using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Platform;

[Authorize(Policy = Policies.PlatformOperator)]
public sealed class TenantsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<TenantDto> Tenants { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tenants = await mediator.Send(new ListTenantsQuery(), cancellationToken);
}
