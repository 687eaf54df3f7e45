using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using EqualityMark.Shared.Errors;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>
/// The little of Stripe's REST API this module needs, over a typed HttpClient (Stripe.net is not obtainable):
/// form-encoded requests, the authority's secret key as bearer token, and an Idempotency-Key on every POST so a
/// retried request never opens a second session.
/// </summary>
internal sealed class StripeClient(HttpClient http)
{
    public async Task<CheckoutSession> CreateCheckoutSessionAsync(string secretKey, CheckoutSessionRequest request, string idempotencyKey, CancellationToken cancellationToken)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("mode", "payment"),
            new("success_url", request.SuccessUrl.ToString()),
            new("cancel_url", request.CancelUrl.ToString()),
            new("client_reference_id", request.ClientReference.ToString()),
            new("customer_email", request.CustomerEmail),
            new("line_items[0][quantity]", "1"),
            new("line_items[0][price_data][currency]", "gbp"),
            new("line_items[0][price_data][unit_amount]", request.AmountPence.ToString(CultureInfo.InvariantCulture)),
            new("line_items[0][price_data][product_data][name]", request.Description),
        };
        form.AddRange(request.Metadata.Select(m => new KeyValuePair<string, string>($"metadata[{m.Key}]", m.Value)));

        using var message = new HttpRequestMessage(HttpMethod.Post, "v1/checkout/sessions") { Content = new FormUrlEncodedContent(form) };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secretKey);
        message.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await http.SendAsync(message, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ConflictException($"Stripe refused to open a payment page ({(int)response.StatusCode}). Try again, or pay by invoice.");
        }

        var session = await response.Content.ReadFromJsonAsync<SessionResponse>(cancellationToken)
            ?? throw new ConflictException("Stripe answered with nothing. Try again, or pay by invoice.");
        return new CheckoutSession(session.Id, session.Url);
    }

    private sealed record SessionResponse([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("url")] string Url);
}
