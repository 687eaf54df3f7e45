using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>An administrator records that a subscription's invoice is paid: the invoice is marked paid and the subscription becomes active.</summary>
public sealed record RecordSubscriptionPaymentCommand(Guid SubscriptionId) : ICommand<InvoiceDto>;
