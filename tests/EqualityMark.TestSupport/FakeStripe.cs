using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EqualityMark.TestSupport;

/// <summary>
/// Stripe's v1 API on loopback, as far as Stripe.net calls it for this app: form-encoded POSTs to customers,
/// checkout sessions (create, expire, retrieve) and refunds, answered with Stripe JSON objects ("object" fields), and the
/// balance that a connection test reads (only with <see cref="SecretKey"/>; any other key gets Stripe's 401).
/// It needs a bearer key, records each request, and answers the same object for the same Idempotency-Key, as Stripe does.
/// </summary>
public sealed class FakeStripe : IAsyncDisposable
{
    /// <summary>The one secret key this Stripe account accepts for its balance (the connection test).</summary>
    public const string SecretKey = "sk_test_51TestKeyNotReal000004242";

    private readonly ConcurrentDictionary<string, Dictionary<string, object?>> _byIdempotencyKey = new();
    private readonly ConcurrentDictionary<string, Dictionary<string, object?>> _sessions = new();
    private WebApplication _app = default!;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Uri BaseUrl { get; private set; } = default!;

    /// <summary>When set, refunds are refused as Stripe refuses them (402 card_error).</summary>
    public bool RefuseRefunds { get; set; }

    public static async Task<FakeStripe> StartAsync()
    {
        var fake = new FakeStripe();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        fake._app = builder.Build();
        fake._app.MapPost("/v1/customers", (HttpRequest request) => fake.CreateAsync(request, "cus", form => new Dictionary<string, object?>
        {
            ["object"] = "customer", ["name"] = form.GetValueOrDefault("name"), ["email"] = form.GetValueOrDefault("email"),
        }));
        fake._app.MapPost("/v1/checkout/sessions", (HttpRequest request) => fake.CreateAsync(request, "cs_test", NewSession));
        fake._app.MapPost("/v1/checkout/sessions/{id}/expire", (HttpRequest request, string id) => fake.ExpireAsync(request, id));
        fake._app.MapGet("/v1/checkout/sessions/{id}", (HttpRequest request, string id) => fake.RetrieveAsync(request, id));
        fake._app.MapGet("/v1/balance", (HttpRequest request) => fake.BalanceAsync(request));
        fake._app.MapPost("/v1/refunds", (HttpRequest request) => fake.RefuseRefunds
            ? Task.FromResult(StripeError(402, "card_error", "This charge cannot be refunded."))
            : fake.CreateAsync(request, "re", form => new Dictionary<string, object?>
            {
                ["object"] = "refund", ["status"] = "succeeded", ["payment_intent"] = form.GetValueOrDefault("payment_intent"), ["currency"] = "gbp",
            }));
        await fake._app.StartAsync();
        fake.BaseUrl = new Uri(fake._app.Urls.First() + "/");
        return fake;
    }

    /// <summary>The school pays on Stripe's page: the session completes with a payment, as Stripe then reports in its event.</summary>
    public StripeCheckoutPayment Pay(string sessionId)
    {
        var session = _sessions[sessionId];
        var paymentIntent = "pi_" + Guid.NewGuid().ToString("N")[..24];
        session["status"] = "complete";
        session["payment_status"] = "paid";
        session["payment_intent"] = paymentIntent;
        return new StripeCheckoutPayment(sessionId, paymentIntent);
    }

    public IEnumerable<RecordedRequest> RequestsTo(string path) => Requests.Where(r => r.Path == path);

    private static Dictionary<string, object?> NewSession(IReadOnlyDictionary<string, string> form)
    {
        var session = new Dictionary<string, object?>
        {
            ["object"] = "checkout.session", ["mode"] = form.GetValueOrDefault("mode"), ["status"] = "open", ["payment_status"] = "unpaid",
            ["customer"] = form.GetValueOrDefault("customer"), ["client_reference_id"] = form.GetValueOrDefault("client_reference_id"),
            ["currency"] = "gbp", ["payment_intent"] = null,
        };
        return session;
    }

    private async Task<IResult> CreateAsync(HttpRequest request, string prefix, Func<IReadOnlyDictionary<string, string>, Dictionary<string, object?>> make)
    {
        if (await RecordAsync(request) is not { } recorded)
        {
            return StripeError(401, "invalid_request_error", "Invalid API Key provided");
        }

        var created = _byIdempotencyKey.GetOrAdd($"{request.Path}:{recorded.IdempotencyKey}", _ =>
        {
            var id = prefix + "_" + Guid.NewGuid().ToString("N")[..24];
            var value = make(recorded.Form);
            value["id"] = id;
            if (prefix == "cs_test")
            {
                value["url"] = $"https://checkout.stripe.test/c/pay/{id}";
                _sessions[id] = value;
            }

            return value;
        });
        return Results.Json(created);
    }

    private async Task<IResult> ExpireAsync(HttpRequest request, string id)
    {
        if (await RecordAsync(request) is null)
        {
            return StripeError(401, "invalid_request_error", "Invalid API Key provided");
        }

        if (!_sessions.TryGetValue(id, out var session) || (string?)session["status"] != "open")
        {
            return StripeError(400, "invalid_request_error", "Only Checkout Sessions with a status in [\"open\"] can be expired.");
        }

        session["status"] = "expired";
        return Results.Json(session);
    }

    private async Task<IResult> BalanceAsync(HttpRequest request) =>
        await RecordAsync(request) is { } recorded && recorded.Authorization == $"Bearer {SecretKey}"
            ? Results.Json(new Dictionary<string, object?>
            {
                ["object"] = "balance", ["livemode"] = false,
                ["available"] = new[] { new Dictionary<string, object?> { ["amount"] = 0, ["currency"] = "gbp" } },
                ["pending"] = new[] { new Dictionary<string, object?> { ["amount"] = 0, ["currency"] = "gbp" } },
            })
            : StripeError(401, "invalid_request_error", "Invalid API Key provided: sk_test_********************1234");

    private async Task<IResult> RetrieveAsync(HttpRequest request, string id) =>
        await RecordAsync(request) is null ? StripeError(401, "invalid_request_error", "Invalid API Key provided")
        : _sessions.TryGetValue(id, out var session) ? Results.Json(session)
        : StripeError(404, "invalid_request_error", $"No such checkout.session: '{id}'");

    private async Task<RecordedRequest?> RecordAsync(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer sk_", StringComparison.Ordinal))
        {
            return null;
        }

        var form = request.HasFormContentType ? (await request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString()) : [];
        var recorded = new RecordedRequest(request.Method, request.Path, authorization, request.Headers["Idempotency-Key"].ToString(), form);
        Requests.Enqueue(recorded);
        return recorded;
    }

    private static IResult StripeError(int status, string type, string message) => Results.Json(new { error = new { type, message } }, statusCode: status);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed record RecordedRequest(string Method, string Path, string Authorization, string IdempotencyKey, IReadOnlyDictionary<string, string> Form);
}
