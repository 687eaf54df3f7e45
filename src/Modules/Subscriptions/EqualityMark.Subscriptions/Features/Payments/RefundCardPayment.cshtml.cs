using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>The confirmation before an administrator refunds a card payment; then back to the invoice with a banner.</summary>
[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class RefundCardPaymentModel(IMediator mediator) : PageModel
{
    public InvoiceDto Invoice { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Invoice = await mediator.Send(new GetInvoiceQuery(id), cancellationToken);
        return Invoice is { Status: InvoiceStatus.Paid, PaidBy: PaymentMethod.Card } ? Page() : Redirect($"/invoices/{id}");
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new RefundCardPaymentCommand(id), cancellationToken);
            return Redirect($"/invoices/{id}?refunded=true");
        }
        catch (ConflictException exception)
        {
            ModelState.AddModelError(string.Empty, exception.Message);
        }

        Invoice = await mediator.Send(new GetInvoiceQuery(id), cancellationToken);
        return Page();
    }
}
