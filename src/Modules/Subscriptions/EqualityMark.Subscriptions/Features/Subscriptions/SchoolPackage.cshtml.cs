using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.Subscriptions;

/// <summary>A school's own package: price paid, what it includes, used and left, and its invoices.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SchoolPackageModel(IMediator mediator, ICurrentUser currentUser, ITenantContext tenant) : PageModel
{
    public SubscriptionDto? Current { get; private set; }

    public IReadOnlyList<InvoiceDto> Invoices { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "paid")]
    public string? Paid { get; set; }

    public bool PaidByCard => Paid == "card";

    [BindProperty(SupportsGet = true, Name = "invoiced")]
    public Guid? InvoicedId { get; set; }

    /// <summary>The latest card payment attempt while the package awaits a card payment: shown when it expired or failed.</summary>
    public CardPaymentDto? LastCardPayment { get; private set; }

    /// <summary>Whether the authority takes card payments: without, the school is offered the invoice only (ADR 0022).</summary>
    public bool CardIsOn { get; private set; }

    public string AuthorityName => tenant.Tenant?.Name ?? "The authority";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (currentUser.SchoolId is not { } schoolId)
        {
            return Redirect("/admin/subscriptions");
        }

        var subscriptions = await mediator.Send(new ListSchoolSubscriptionsQuery(schoolId), cancellationToken);
        Current = subscriptions.FirstOrDefault(s => s.Status is not (SubscriptionStatus.Cancelled or SubscriptionStatus.Lapsed)) ?? (subscriptions.Count > 0 ? subscriptions[0] : null);
        Invoices = await mediator.Send(new ListInvoicesQuery(schoolId), cancellationToken);
        if (Current is { Status: SubscriptionStatus.PendingPayment, PaymentMethod: PaymentMethod.Card })
        {
            var attempts = await mediator.Send(new ListCardPaymentsQuery(Current.Id), cancellationToken);
            LastCardPayment = attempts.Count > 0 ? attempts[0] : null;
            CardIsOn = (await mediator.Send(new GetPaymentMethodsQuery(), cancellationToken)).Card;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPayByCardAsync(Guid subscriptionId, CancellationToken cancellationToken)
    {
        try
        {
            var checkout = await mediator.Send(new StartCardCheckoutCommand(subscriptionId), cancellationToken);
            return Redirect(checkout.CheckoutUrl);
        }
        catch (ConflictException exception)
        {
            ModelState.AddModelError(string.Empty, exception.Message);
        }

        var page = await OnGetAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return page;
    }
}
