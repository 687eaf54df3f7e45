using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Accreditation.Features.Review;

/// <summary>The team's accreditation queue: summaries to desk-check, oldest first, against each school's next visit.</summary>
[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class ReviewQueuePageModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string? Notice => AccreditationNotices.Message(Done);

    public ReviewQueueDto Queue { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Queue = await mediator.Send(new GetReviewQueueQuery(PageNumber), cancellationToken);
}
