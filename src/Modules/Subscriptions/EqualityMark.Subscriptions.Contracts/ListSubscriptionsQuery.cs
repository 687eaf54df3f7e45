using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>The authority's subscriptions (staff), newest period first.</summary>
public sealed record ListSubscriptionsQuery(SubscriptionStatus? Status = null) : IQuery<IReadOnlyList<SubscriptionDto>>;
