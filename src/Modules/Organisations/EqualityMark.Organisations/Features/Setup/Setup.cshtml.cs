using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Setup;

[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class SetupModel(IMediator mediator) : PageModel
{
    internal SetupDto Setup { get; private set; } = default!;

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string? Banner => Done switch
    {
        "identity" => "Programme identity saved",
        "email" => "Email settings saved",
        "live" => "Your programme is open: schools can now read about it and sign up",
        _ => null,
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) => Setup = await mediator.Send(new GetSetupQuery(), cancellationToken);
}
