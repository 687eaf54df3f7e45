using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>Starts paying a subscription awaiting payment by card (Stripe Checkout).</summary>
public sealed record StartCardCheckoutCommand(Guid SubscriptionId) : ICommand<CardCheckoutDto>;
