using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.PhaseBands;

/// <summary>The authority's phase bands, the school phases none covers, and the banner after a change (POST-redirect-GET).</summary>
[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class PhaseBandsModel(IMediator mediator) : PageModel
{
    public const string Added = "added";

    public const string Saved = "saved";

    public const string Removed = "removed";

    public PhaseBandsDto Bands { get; private set; } = default!;

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public string? Banner => Done switch
    {
        Added => "Phase band added. Set its prices on each package before schools of its phases can sign up.",
        Saved => "Phase band saved.",
        Removed => "Phase band removed, with its prices.",
        _ => null,
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) => Bands = await mediator.Send(new ListPhaseBandsQuery(), cancellationToken);
}
