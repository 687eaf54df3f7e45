using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>The card payment attempts for one subscription, newest first.</summary>
public sealed record ListCardPaymentsQuery(Guid SubscriptionId) : IQuery<IReadOnlyList<CardPaymentDto>>;
