using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.Invoices;

/// <summary>The confirmation before an invoice is cancelled.</summary>
[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class CancelInvoiceModel(IMediator mediator) : PageModel
{
    public InvoiceDto Invoice { get; private set; } = default!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Invoice = await mediator.Send(new GetInvoiceQuery(id), cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await this.SendFormAsync(mediator, new CancelInvoiceCommand(id), string.Empty, string.Empty, cancellationToken))
        {
            return Redirect($"/invoices/{id}?done=cancelled");
        }

        await OnGetAsync(id, cancellationToken);
        return Page();
    }
}
