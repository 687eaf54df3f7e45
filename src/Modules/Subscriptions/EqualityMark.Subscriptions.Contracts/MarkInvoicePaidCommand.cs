using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>The authority records payment; the subscription becomes active.</summary>
public sealed record MarkInvoicePaidCommand(Guid InvoiceId) : ICommand<InvoiceDto>;
