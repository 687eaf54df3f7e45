using System.Text.Json;
using EqualityMark.Shared.Errors;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>The parts of a Stripe event this module reads: id, type, and for checkout sessions the session id and payment status.</summary>
internal sealed record StripeEvent(string Id, string Type, string? SessionId, string? PaymentStatus)
{
    public static StripeEvent Parse(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            var id = root.GetProperty("id").GetString() ?? throw new FormatException("no id");
            var type = root.GetProperty("type").GetString() ?? throw new FormatException("no type");
            string? sessionId = null;
            string? paymentStatus = null;
            if (root.TryGetProperty("data", out var data) && data.TryGetProperty("object", out var obj)
                && obj.TryGetProperty("object", out var kind) && kind.GetString() == "checkout.session")
            {
                sessionId = obj.GetProperty("id").GetString();
                paymentStatus = obj.TryGetProperty("payment_status", out var status) ? status.GetString() : null;
            }

            return new StripeEvent(id, type, sessionId, paymentStatus);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw RequestValidationException.For("payload", "The body is not a Stripe event.");
        }
    }
}
