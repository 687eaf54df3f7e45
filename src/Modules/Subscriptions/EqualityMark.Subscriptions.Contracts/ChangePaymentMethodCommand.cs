using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// An administrator changes how a subscription awaiting payment is paid: to invoice (with the purchase order; an open
/// card payment is closed first) or to card (only when card payments are on; an unpaid invoice is cancelled).
/// </summary>
public sealed record ChangePaymentMethodCommand(Guid SubscriptionId, PaymentMethod? PaymentMethod, string? PurchaseOrderNumber) : ICommand<SubscriptionDto>;
