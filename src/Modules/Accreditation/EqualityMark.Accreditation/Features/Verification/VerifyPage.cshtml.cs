using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Accreditation.Features.Verification;

/// <summary>Anyone with a certificate's link or QR code checks the award here: valid, expired or revoked, today.</summary>
[AllowAnonymous]
public sealed class VerifyPageModel(IMediator mediator) : PageModel
{
    public VerifiedAwardDto Award { get; private set; } = default!;

    public async Task OnGetAsync(string code, CancellationToken cancellationToken) =>
        Award = await mediator.Send(new GetVerifiedAwardQuery(code), cancellationToken);
}
