using System.Globalization;
using EqualityMark.Shared.Paging;
using EqualityMark.Shared.PublicPages;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace EqualityMark.Accreditation.Features.Register;

/// <summary>The public register of the authority's accredited schools, for parents, governors and inspectors.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public sealed class RegisterPageModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Phase { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Badge { get; set; }

    public RegisterDto Register { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Register = await mediator.Send(new GetRegisterQuery(Phase, Badge, Request.PageNumber()), cancellationToken);
}
