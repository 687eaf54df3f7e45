using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Account;

public sealed class SignOutModel(IMediator mediator) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new SignOutCommand(), cancellationToken);
        return LocalRedirect("/");
    }
}
