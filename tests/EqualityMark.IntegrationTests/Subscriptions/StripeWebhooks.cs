using EqualityMark.TestSupport;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>
/// Stripe events as Stripe sends them (event object, data.object with its own "object" type) and signed the way Stripe
/// signs them: Stripe-Signature "t=…,v1=…", an HMAC-SHA256 with the endpoint's secret over "{t}.{payload}".
/// </summary>
internal static class StripeWebhooks
{
    public const string SecretKey = FakeStripe.SecretKey;
    public const string WebhookSecret = "whsec_TestSigningSecret0001";

    /// <summary>An API version other than Stripe.net's own: an authority's endpoint may be pinned to any version.</summary>
    public const string EndpointApiVersion = "2024-06-20";

    public static string CheckoutEvent(string type, string sessionId, string paymentStatus = "paid", string? paymentIntentId = null) => Event(type, new Dictionary<string, object?>
    {
        ["id"] = sessionId, ["object"] = "checkout.session", ["mode"] = "payment", ["payment_status"] = paymentStatus,
        ["status"] = type == "checkout.session.expired" ? "expired" : "complete", ["payment_intent"] = paymentIntentId,
    });

    public static string ChargeRefundedEvent(string paymentIntentId, long amountPence, bool fully = true) => Event("charge.refunded", new Dictionary<string, object?>
    {
        ["id"] = "ch_" + Guid.NewGuid().ToString("N")[..24], ["object"] = "charge", ["amount"] = amountPence, ["currency"] = "gbp",
        ["amount_refunded"] = fully ? amountPence : amountPence / 2, ["refunded"] = fully, ["paid"] = true, ["payment_intent"] = paymentIntentId,
    });

    public static string Sign(string payload, string secret, DateTimeOffset at)
    {
        var t = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var v1 = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{payload}")));
        return $"t={t},v1={v1}";
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string payload, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments/stripe/webhook") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Signs an event with the test authority's secret, now, and delivers it.</summary>
    public static Task<HttpResponseMessage> DeliverAsync(HttpClient client, string payload) => PostAsync(client, payload, Sign(payload, WebhookSecret, DateTimeOffset.UtcNow));

    private static string Event(string type, Dictionary<string, object?> dataObject) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = "evt_" + Guid.NewGuid().ToString("N"),
        ["object"] = "event",
        ["api_version"] = EndpointApiVersion,
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["livemode"] = false,
        ["pending_webhooks"] = 1,
        ["type"] = type,
        ["data"] = new Dictionary<string, object?> { ["object"] = dataObject },
    });
}
