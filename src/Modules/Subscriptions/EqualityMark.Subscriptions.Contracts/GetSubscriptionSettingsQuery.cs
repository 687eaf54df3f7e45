using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

public sealed record GetSubscriptionSettingsQuery : IQuery<SubscriptionSettingsDto>;
