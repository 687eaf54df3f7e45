using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Evidence.Features.Packs;

/// <summary>One pack: its progress while it is made (the page refreshes itself), then its download links.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class EvidencePackStatusPageModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public EvidencePackDto Pack { get; private set; } = default!;

    public string BackLink => user.IsAuthorityStaff ? $"/evidence-pack?schoolId={Pack.SchoolId}" : "/evidence-pack";

    public bool IsBeingMade => Pack.Status is "Queued" or "Building";

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Pack = await mediator.Send(new GetEvidencePackQuery(id), cancellationToken);
}
