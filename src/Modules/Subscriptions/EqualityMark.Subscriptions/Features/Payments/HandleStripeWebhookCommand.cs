using System.ComponentModel.DataAnnotations;
using EqualityMark.Shared.Input;
using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>A webhook call from Stripe as received: the raw body and its Stripe-Signature header.</summary>
internal sealed record HandleStripeWebhookCommand([property: MaxLength(InputLimits.DocumentMaxLength)] string Payload, string? SignatureHeader) : ICommand<StripeWebhookOutcome>;
