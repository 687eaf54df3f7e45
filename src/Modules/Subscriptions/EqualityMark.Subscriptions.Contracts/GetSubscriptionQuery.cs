using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

public sealed record GetSubscriptionQuery(Guid SubscriptionId) : IQuery<SubscriptionDto>;
