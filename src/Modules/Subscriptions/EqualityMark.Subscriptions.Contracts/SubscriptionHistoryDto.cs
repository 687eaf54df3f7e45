namespace EqualityMark.Subscriptions.Contracts;

public sealed record SubscriptionHistoryDto(SubscriptionStatus Status, DateTimeOffset At, string Note);
