using EqualityMark.Shared.Errors;
using Stripe;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>
/// Verifies a webhook with Stripe.net (HMAC-SHA256 over "{t}.{payload}", timestamp within the tolerance) and parses
/// its event. The API version is not enforced: an authority's endpoint may be pinned to another version, and only
/// ids, types, statuses and payment ids are read, which every version carries.
/// </summary>
internal static class StripeWebhookReader
{
    public static Event Read(string payload, string? signatureHeader, string webhookSecret, TimeSpan tolerance, DateTimeOffset now)
    {
        if (!StripeSignatureTimestamp.IsWithin(signatureHeader, now, tolerance))
        {
            throw InvalidSignature();
        }

        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(
                payload, signatureHeader ?? string.Empty, webhookSecret, (long)tolerance.TotalSeconds, now.ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (StripeException)
        {
            throw InvalidSignature();
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or Newtonsoft.Json.JsonException
            or ArgumentException or ArithmeticException or InvalidCastException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw NotAnEvent();
        }

        return string.IsNullOrEmpty(stripeEvent?.Id) || string.IsNullOrEmpty(stripeEvent.Type) ? throw NotAnEvent() : stripeEvent;
    }

    public static RequestValidationException InvalidSignature() =>
        RequestValidationException.For("Stripe-Signature", "The signature is missing, wrong or too old.");

    private static RequestValidationException NotAnEvent() => RequestValidationException.For("payload", "The body is not a Stripe event.");
}
