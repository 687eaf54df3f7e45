using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Accreditation.Features.Credentials;

/// <summary>The public halves of every signing key the authority has used, so any credential it issued can be checked.</summary>
[AllowAnonymous]
public sealed class JwksPageModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        Content(await mediator.Send(new GetJsonWebKeySetQuery(), cancellationToken), "application/jwk-set+json");
}
