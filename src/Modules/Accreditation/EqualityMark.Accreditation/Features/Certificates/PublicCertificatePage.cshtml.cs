using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Features.Verification;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Accreditation.Features.Certificates;

/// <summary>The certificate from the public verify page. A revoked award has none: 410 Gone, with a page that says so.</summary>
[AllowAnonymous]
public sealed class PublicCertificatePageModel(IMediator mediator) : PageModel
{
    public VerifiedAwardDto Award { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Award = await mediator.Send(new GetVerifiedAwardQuery(code), cancellationToken);
        if (Award.Status == AwardStatus.Revoked)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        var certificate = await mediator.Send(new GetPublicCertificateQuery(code), cancellationToken);
        return File(certificate.Content, "application/pdf", certificate.FileName);
    }
}
