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

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Invoice = await mediator.Send(new GetInvoiceQuery(id), cancellationToken);

    public Task<IActionResult> OnPostPaidAsync(Guid id, CancellationToken cancellationToken) =>
        SendAsync(id, new MarkInvoicePaidCommand(id), cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken) =>
        SendAsync(id, new CancelInvoiceCommand(id), cancellationToken);

    private async Task<IActionResult> SendAsync(Guid id, IRequest<InvoiceDto> command, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(command, cancellationToken);
            return Redirect($"/invoices/{id}");
        }
        catch (ConflictException exception)
        {
            ModelState.AddModelError(string.Empty, exception.Message);
        }

        Invoice = await mediator.Send(new GetInvoiceQuery(id), cancellationToken);
        return Page();
    }
}
