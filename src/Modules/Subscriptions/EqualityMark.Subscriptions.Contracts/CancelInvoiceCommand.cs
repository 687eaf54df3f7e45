using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

public sealed record CancelInvoiceCommand(Guid InvoiceId) : ICommand<InvoiceDto>;
