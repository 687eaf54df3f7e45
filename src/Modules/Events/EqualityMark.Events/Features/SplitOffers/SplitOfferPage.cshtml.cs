using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Events.Features.SplitOffers;

/// <summary>The offer of the places free now to a waiting group: the co-ordinator chooses who takes them, or keeps the group waiting.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SplitOfferPageModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public SplitOfferDto Offer { get; private set; } = default!;

    public bool CanAccept => user.Role == Roles.SchoolCoordinator;

    public bool CanDecline => CanAccept || user.IsAuthorityStaff;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Offer = await mediator.Send(new GetSplitOfferQuery(id), cancellationToken);
}
