using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>A school waiting to pay by card pays by invoice instead: any open card payment is closed and the invoice issued.</summary>
public sealed record PayByInvoiceCommand(Guid SubscriptionId, string? PurchaseOrderNumber) : ICommand<InvoiceDto>;
