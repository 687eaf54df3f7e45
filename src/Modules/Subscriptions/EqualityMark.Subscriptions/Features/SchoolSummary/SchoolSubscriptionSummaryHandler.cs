using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using EqualityMark.Subscriptions.Contracts;
using MediatR;

namespace EqualityMark.Subscriptions.Features.SchoolSummary;

/// <summary>
/// A school's subscriptions and invoices (through the existing list queries: a fixed number of database queries) for the school's one view, in people's words.
/// Staff see any school of their authority, school users only their own: anything else is not found.
/// </summary>
internal sealed class SchoolSubscriptionSummaryHandler(IMediator mediator, ICurrentUser currentUser) :
    IRequestHandler<GetSchoolSubscriptionSummaryQuery, SchoolSubscriptionSummaryDto>
{
    public async Task<SchoolSubscriptionSummaryDto> Handle(GetSchoolSubscriptionSummaryQuery request, CancellationToken cancellationToken)
    {
        currentUser.EnsureCanSeeSchool(request.SchoolId);
        if (!SchoolMoney.MaySee(currentUser))
        {
            return new SchoolSubscriptionSummaryDto(null, [], []);
        }

        var subscriptions = await mediator.Send(new ListSchoolSubscriptionsQuery(request.SchoolId), cancellationToken);
        var invoices = await mediator.Send(new ListInvoicesQuery(request.SchoolId), cancellationToken);

        var current = subscriptions.FirstOrDefault(s => s.Status is not (SubscriptionStatus.Cancelled or SubscriptionStatus.Lapsed))
            ?? (subscriptions.Count > 0 ? subscriptions[0] : null);
        return new SchoolSubscriptionSummaryDto(
            current is null ? null : ToSummary(current),
            invoices.Select(i => new SchoolInvoiceDto(i.Id, i.Reference, i.IssuedOn, i.DueOn, Money.Format(i.TotalPence), i.Status, InvoiceStatusNames.Display(i), i.PaidAt)).ToList(),
            Timeline(subscriptions, invoices));
    }

    private static SchoolSubscriptionDto ToSummary(SubscriptionDto s) => new(
        s.Id, s.PackageName, s.PhaseBandName, s.PeriodStart, s.PeriodEnd, s.Status, SubscriptionStatusNames.Display(s.Status),
        s.PaymentMethod == PaymentMethod.Card ? "By card" : $"By invoice, purchase order {s.PurchaseOrderNumber}",
        s.Balances.Select(EntitlementNames.Describe).ToList());

    private static List<TimelineEntry> Timeline(IEnumerable<SubscriptionDto> subscriptions, IEnumerable<InvoiceDto> invoices) =>
        subscriptions.SelectMany(s => s.History.Select(h => TimelineEntry.At(h.At, $"{s.PackageName}: {h.Note}")))
            .Concat(invoices.Select(i => new TimelineEntry(i.IssuedOn, $"Invoice {i.Reference} issued ({Money.Format(i.TotalPence)})")))
            .Concat(invoices.Where(i => i.PaidAt is not null).Select(i => TimelineEntry.At(i.PaidAt!.Value, $"Invoice {i.Reference} paid")))
            .ToList();
}
