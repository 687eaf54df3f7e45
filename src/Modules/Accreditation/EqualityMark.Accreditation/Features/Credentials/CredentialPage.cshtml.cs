using EqualityMark.Accreditation.Features.Shared;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Accreditation.Features.Credentials;

/// <summary>
/// The award as a signed Open Badges 3.0 credential (VC-JWT) to keep in a wallet. A revoked award's is refused:
/// 410 Gone with problem details, the same answer OB 2.0 verifiers expect for a revoked assertion.
/// </summary>
[AllowAnonymous]
public sealed class CredentialPageModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var credential = await mediator.Send(new GetSignedCredentialQuery(code), cancellationToken);
        if (credential.Token is null)
        {
            var problem = new ProblemDetails
            {
                Status = StatusCodes.Status410Gone,
                Title = "This award has been revoked.",
                Detail = $"The authority revoked this award on {UkDates.Long(credential.RevokedOn!.Value)}; its verifiable credential is no longer issued.",
            };
            return new ObjectResult(problem) { StatusCode = StatusCodes.Status410Gone, ContentTypes = { "application/problem+json" } };
        }

        return File(System.Text.Encoding.ASCII.GetBytes(credential.Token), "application/jwt", credential.FileName);
    }
}
