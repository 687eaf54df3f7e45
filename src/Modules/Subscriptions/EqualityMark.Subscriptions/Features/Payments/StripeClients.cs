using Microsoft.Extensions.Options;
using Stripe;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>
/// A Stripe.net client per call, with the authority's own secret key (each authority takes payments into its own
/// Stripe account). HTTP goes through the app's HttpClientFactory; the base address is configuration, so tests
/// point it at a fake Stripe on loopback.
/// </summary>
internal sealed class StripeClients(IHttpClientFactory httpClients, IOptions<StripeOptions> options)
{
    public const string HttpClientName = "Stripe";

    public IStripeClient For(string secretKey) => new StripeClient(
        secretKey,
        httpClient: new SystemNetHttpClient(httpClients.CreateClient(HttpClientName), enableTelemetry: false),
        apiBase: options.Value.BaseUrl.ToString().TrimEnd('/'));
}
