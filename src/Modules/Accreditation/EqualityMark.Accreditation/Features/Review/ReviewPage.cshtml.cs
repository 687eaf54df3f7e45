using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Accreditation.Features.Summaries;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Accreditation.Features.Review;

/// <summary>The desk check of one summary: read it with the plan, the grid, every past version and comment; accept it or return it.</summary>
[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class ReviewPageModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public string? Comments { get; set; }

    public string? Notice => AccreditationNotices.Message(Done);

    public SummaryDetailsDto Summary { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Summary = await mediator.Send(new GetSummaryQuery(Id), cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken) =>
        DecideAsync(new AcceptSummaryCommand(Id, Version, Comments), "accepted", cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken) =>
        DecideAsync(new ReturnSummaryCommand(Id, Version, Comments ?? string.Empty), "returned", cancellationToken);

    private async Task<IActionResult> DecideAsync(IRequest<MediatR.Unit> command, string done, CancellationToken cancellationToken)
    {
        if (await this.SendFormAsync(mediator, command, string.Empty, "Conflict", cancellationToken))
        {
            return Redirect($"/accreditation/review?done={done}");
        }

        Summary = await mediator.Send(new GetSummaryQuery(Id), cancellationToken);
        return Page();
    }
}
