using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>
/// Stripe's checkout-session endpoint on loopback, as far as this app uses it: needs a bearer key, records each
/// request, and answers the same session for the same Idempotency-Key, as Stripe does.
/// </summary>
internal sealed class FakeStripe : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> _sessions = new();
    private WebApplication _app = default!;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Uri BaseUrl { get; private set; } = default!;

    public static async Task<FakeStripe> StartAsync()
    {
        var fake = new FakeStripe();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        fake._app = builder.Build();
        fake._app.MapPost("/v1/checkout/sessions", fake.CreateSessionAsync);
        await fake._app.StartAsync();
        fake.BaseUrl = new Uri(fake._app.Urls.First() + "/");
        return fake;
    }

    private async Task<IResult> CreateSessionAsync(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer sk_", StringComparison.Ordinal))
        {
            return Results.Json(new { error = new { message = "Invalid API Key provided" } }, statusCode: 401);
        }

        var form = await request.ReadFormAsync();
        var idempotencyKey = request.Headers["Idempotency-Key"].ToString();
        Requests.Enqueue(new RecordedRequest(authorization, idempotencyKey, form.ToDictionary(f => f.Key, f => f.Value.ToString())));
        var id = _sessions.GetOrAdd(idempotencyKey, _ => "cs_test_" + Guid.NewGuid().ToString("N"));
        return Results.Json(new { id, @object = "checkout.session", url = $"https://checkout.stripe.test/c/pay/{id}" });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal sealed record RecordedRequest(string Authorization, string IdempotencyKey, IReadOnlyDictionary<string, string> Form);
}
