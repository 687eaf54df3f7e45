using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>The two school years a new subscription may be for, in words, and which one approving chooses by default.</summary>
public sealed record GetSubscriptionYearChoiceQuery : IQuery<SubscriptionYearChoiceDto>;

public sealed record SubscriptionYearChoiceDto(string CurrentYear, string NextYear, SubscriptionYear Default);
