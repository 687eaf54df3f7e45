using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.Catalogue;

[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class PackagesModel(IMediator mediator) : PageModel
{
    public CatalogueDto Catalogue { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Catalogue = await mediator.Send(new GetCatalogueQuery(IncludeRetired: true), cancellationToken);
}
