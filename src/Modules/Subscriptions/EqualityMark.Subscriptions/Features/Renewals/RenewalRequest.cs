using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Features.Renewals;

/// <summary>The body of POST /subscriptions/{id}/renew.</summary>
internal sealed record RenewalRequest(PaymentMethod? PaymentMethod, string? PurchaseOrderNumber);
