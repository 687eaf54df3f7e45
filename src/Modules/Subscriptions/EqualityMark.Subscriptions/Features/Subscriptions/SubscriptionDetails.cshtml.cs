using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.Subscriptions;

[Authorize(Policy = Policies.SignedIn)]
public sealed class SubscriptionDetailsModel(IMediator mediator, ICurrentUser currentUser) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    public bool CanCancel => currentUser.IsAuthorityAdmin && Subscription.Status is SubscriptionStatus.PendingPayment or SubscriptionStatus.Active or SubscriptionStatus.RenewalDue;

    public SubscriptionDto Subscription { get; private set; } = default!;

    /// <summary>Paid and running: the upgrade page checks the rest (ADR 0018).</summary>
    public bool CanUpgrade => (currentUser.IsAuthorityAdmin || currentUser.Role == Roles.SchoolCoordinator)
        && Subscription.Status is SubscriptionStatus.Active or SubscriptionStatus.RenewalDue;

    public IReadOnlyList<InvoiceDto> Invoices { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "upgraded")]
    public bool Upgraded { get; set; }

    /// <summary>After an upgrade: its invoice, for the success banner.</summary>
    public InvoiceDto? UpgradeInvoice => Upgraded ? Invoices.Where(i => i.UpgradeToPackageName is not null).MaxBy(i => i.Number) : null;

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>An administrator settles a subscription awaiting payment here (ADR 0022): how it is paid, its invoice, its payment.</summary>
    public bool CanSettle => currentUser.IsAuthorityAdmin && Subscription.Status == SubscriptionStatus.PendingPayment;

    /// <summary>The subscription's own invoice for its package (not an upgrade's), open or paid.</summary>
    public InvoiceDto? PackageInvoice => Invoices
        .Where(i => i.UpgradeToPackageName is null && i.Status is InvoiceStatus.Open or InvoiceStatus.Paid).MaxBy(i => i.Number);

    public bool CanIssueInvoice => CanSettle && Subscription.PaymentMethod == PaymentMethod.Invoice && PackageInvoice is null;

    public bool CanRecordPayment => CanSettle && PackageInvoice is { Status: InvoiceStatus.Open };

    public bool CardIsOn { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Subscription = await mediator.Send(new GetSubscriptionQuery(id), cancellationToken);
        Invoices = (await mediator.Send(new ListInvoicesQuery(Subscription.SchoolId), cancellationToken)).Where(i => i.SubscriptionId == id).ToList();
        CardIsOn = CanSettle && (await mediator.Send(new GetPaymentMethodsQuery(), cancellationToken)).Card;
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new CancelSubscriptionCommand(id, Reason ?? string.Empty), cancellationToken);
            return Redirect($"/subscriptions/{id}");
        }
        catch (RequestValidationException exception)
        {
            // The command's Reason field is this page's Reason property.
            ModelState.AddValidationErrors(exception, prefix: string.Empty);
        }
        catch (ConflictException exception)
        {
            ModelState.AddModelError(nameof(Reason), exception.Message);
        }

        await OnGetAsync(id, cancellationToken);
        return Page();
    }
}
