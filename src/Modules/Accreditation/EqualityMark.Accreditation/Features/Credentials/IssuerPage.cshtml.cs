using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Accreditation.Features.Credentials;

/// <summary>The authority as an Open Badges issuer: the document every credential's issuer.id points at.</summary>
[AllowAnonymous]
public sealed class IssuerPageModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        Content(await mediator.Send(new GetIssuerProfileQuery(), cancellationToken), "application/ld+json");
}
