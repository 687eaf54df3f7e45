using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>An authority administrator refunds a card payment in full through Stripe; its receipt is recorded refunded.</summary>
public sealed record RefundCardPaymentCommand(Guid InvoiceId) : ICommand<InvoiceDto>;
