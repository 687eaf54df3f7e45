using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.Subscriptions;

/// <summary>A school's own package: price paid, what it includes, used and left, and its invoices.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SchoolPackageModel(IMediator mediator, ICurrentUser currentUser) : PageModel
{
    public SubscriptionDto? Current { get; private set; }

    public IReadOnlyList<InvoiceDto> Invoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (currentUser.SchoolId is not { } schoolId)
        {
            return Redirect("/admin/subscriptions");
        }

        var subscriptions = await mediator.Send(new ListSchoolSubscriptionsQuery(schoolId), cancellationToken);
        Current = subscriptions.FirstOrDefault(s => s.Status is not (SubscriptionStatus.Cancelled or SubscriptionStatus.Lapsed)) ?? (subscriptions.Count > 0 ? subscriptions[0] : null);
        Invoices = await mediator.Send(new ListInvoicesQuery(schoolId), cancellationToken);
        return Page();
    }
}
