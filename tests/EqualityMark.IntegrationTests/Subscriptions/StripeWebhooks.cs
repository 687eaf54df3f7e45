using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>Stripe events as Stripe sends them, signed the way Stripe documents (HMAC-SHA256 over "{t}.{payload}").</summary>
internal static class StripeWebhooks
{
    public const string SecretKey = "sk_test_51TestKeyNotReal000004242";
    public const string WebhookSecret = "whsec_TestSigningSecret0001";

    public static string CheckoutEvent(string type, string sessionId, string paymentStatus = "paid") => JsonSerializer.Serialize(new
    {
        id = "evt_" + Guid.NewGuid().ToString("N"),
        @object = "event",
        type,
        data = new { @object = new { id = sessionId, @object = "checkout.session", payment_status = paymentStatus } },
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
}
