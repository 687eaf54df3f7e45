using EqualityMark.Shared.PublicPages;
using MediatR;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// Asks Stripe, with the saved secret key, for the account's balance and records the outcome against those keys. Card
/// payments turn on when Stripe accepts them. Not a unit of work on purpose: no transaction is held open while Stripe
/// answers, and a refusal is recorded (one conditional update) before it is reported as 400 or 409.
/// </summary>
public sealed record TestStripeConnectionCommand : IRequest<StripeSettingsDto>, IChangesPublicPages;
