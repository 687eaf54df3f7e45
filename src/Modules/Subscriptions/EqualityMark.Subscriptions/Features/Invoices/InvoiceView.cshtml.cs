using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.Invoices;

/// <summary>The printable invoice; administrators record payment or cancel it here.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class InvoiceViewModel(IMediator mediator, ICurrentUser currentUser, ITenantContext tenant) : PageModel
{
    public InvoiceDto Invoice { get; private set; } = default!;

    public string AuthorityName => tenant.Tenant?.Name ?? string.Empty;

    public bool CanRecordPayment => currentUser.IsAuthorityAdmin;

    [BindProperty(SupportsGet = true, Name = "refunded")]
    public bool Refunded { get; set; }

    /// <summary>After POST-redirect-GET: what was just done (?done=…).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string? Banner => Done switch
    {
        "paid" => $"Invoice {Invoice.Reference} marked as paid",
        "cancelled" => $"Invoice {Invoice.Reference} cancelled",
        _ => null,
    };

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Invoice = await mediator.Send(new GetInvoiceQuery(id), cancellationToken);

    public async Task<IActionResult> OnPostPaidAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new MarkInvoicePaidCommand(id), cancellationToken);
            return Redirect($"/invoices/{id}?done=paid");
        }
        catch (ConflictException exception)
        {
            ModelState.AddModelError(string.Empty, exception.Message);
        }

        Invoice = await mediator.Send(new GetInvoiceQuery(id), cancellationToken);
        return Page();
    }
}
