using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>The ways a school can pay this authority now: invoice always, card once the authority's Stripe keys are saved and tested.</summary>
public sealed record GetPaymentMethodsQuery : IQuery<PaymentMethodsDto>;
