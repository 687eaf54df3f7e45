using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

public sealed record GetInvoiceQuery(Guid InvoiceId) : IQuery<InvoiceDto>;
