using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Events.Features.SplitOffers;

/// <summary>Check your answer before it is sent: taking the places splits the group, declining passes them on.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SplitOfferCheckPageModel(IMediator mediator) : PageModel
{
    private static readonly Dictionary<string, string> Fields = new() { ["BookingIds"] = "Chosen" };

    public SplitOfferDto Offer { get; private set; } = default!;

    [BindProperty(SupportsGet = true)]
    public List<Guid> Chosen { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool Decline { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Offer = await mediator.Send(new GetSplitOfferQuery(id), cancellationToken);
        if (!Decline && Chosen.Count == 0)
        {
            ModelState.AddModelError(nameof(Chosen), "Choose who takes the places that are free");
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        IRequest<SplitOfferDto> command = Decline ? new DeclineSplitOfferCommand(id) : new AcceptSplitOfferCommand(id, Chosen);
        SplitOfferDto? answered = null;
        if (await this.SendFormAsync(mediator, command, string.Empty, string.Empty, cancellationToken, o => answered = o, Fields))
        {
            return Redirect($"/meetings/{answered!.MeetingId}?done={(Decline ? "offer-declined" : "offer-accepted")}");
        }

        Offer = await mediator.Send(new GetSplitOfferQuery(id), cancellationToken);
        return Page();
    }
}
