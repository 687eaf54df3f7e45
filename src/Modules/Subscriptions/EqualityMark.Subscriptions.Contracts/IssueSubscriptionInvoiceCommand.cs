using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>An administrator issues the invoice of a subscription awaiting payment by invoice; only one is ever issued.</summary>
public sealed record IssueSubscriptionInvoiceCommand(Guid SubscriptionId) : ICommand<InvoiceDto>;
