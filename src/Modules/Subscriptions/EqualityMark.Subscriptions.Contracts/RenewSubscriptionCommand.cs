using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>Buys the same package for the next period at today's price; the renewal is done once it is paid.</summary>
public sealed record RenewSubscriptionCommand(Guid SubscriptionId, PaymentMethod? PaymentMethod, string? PurchaseOrderNumber) : ICommand<SubscriptionDto>;
