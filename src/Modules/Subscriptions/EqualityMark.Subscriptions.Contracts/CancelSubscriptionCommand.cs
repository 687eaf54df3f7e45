using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

public sealed record CancelSubscriptionCommand(Guid SubscriptionId, string Reason) : ICommand<SubscriptionDto>;
