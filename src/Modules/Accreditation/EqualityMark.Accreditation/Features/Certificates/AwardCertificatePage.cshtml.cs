using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Accreditation.Features.Certificates;

/// <summary>The certificate for the school's own users and the authority's team, revoked or not (their record).</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class AwardCertificatePageModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var certificate = await mediator.Send(new GetAwardCertificateQuery(id), cancellationToken);
        return File(certificate.Content, "application/pdf", certificate.FileName);
    }
}
