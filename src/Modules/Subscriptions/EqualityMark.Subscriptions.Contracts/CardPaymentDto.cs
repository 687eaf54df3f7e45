namespace EqualityMark.Subscriptions.Contracts;

public sealed record CardPaymentDto(Guid Id, Guid SubscriptionId, CardPaymentStatus Status, long AmountPence, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, Guid? InvoiceId);
