using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Accreditation.Features.Register;

/// <summary>The co-ordinator chooses, award by award, what the public register shows of the school.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class RegisterChoicesPageModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public List<RegisterChoiceInput> Choices { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string? Notice => Done == "saved" ? "Your choices for the public register are saved" : null;

    public IReadOnlyList<RegisterChoiceDto> Awards { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Awards = await mediator.Send(new GetRegisterChoicesQuery(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new SaveRegisterChoicesCommand(Choices), cancellationToken);
        return Redirect("/accreditation/register-choices?done=saved");
    }
}
