using System.Collections.Concurrent;
using EqualityMark.Host.Capacity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EqualityMark.IntegrationTests.Capacity;

/// <summary>
/// A small app on Kestrel with the host's request queue in front of endpoints that can be held open: requests really
/// stream, wait and go away, as they do from browsers.
/// </summary>
internal sealed class QueuedApp : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> holds = new();

    private QueuedApp(WebApplication app, HttpClient client)
    {
        this.app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public RequestQueue Queue => app.Services.GetRequiredService<RequestQueue>();

    /// <summary>The held requests in the order they started running.</summary>
    public ConcurrentQueue<string> Started { get; } = new();

    public static async Task<QueuedApp> StartAsync(int concurrentRequests, int queueLimit, int receivedFirstBodyLimit = 1024)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(Options.Create(new CapacityOptions
        {
            ConcurrentRequests = concurrentRequests,
            QueueLimit = queueLimit,
            ReceivedFirstBodyLimit = receivedFirstBodyLimit,
        }));
        builder.Services.AddSingleton<RequestQueue>();
        var app = builder.Build();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseEqualityMarkRequestQueue();
        var queued = new QueuedApp(app, new HttpClient { Timeout = TimeSpan.FromSeconds(20) });
        app.MapGet("/hold/{name}", async (string name) =>
        {
            queued.Started.Enqueue(name);
            await queued.Hold(name).Task;
            return name;
        });
        app.MapGet("/start-then-hold/{name}", async (string name, HttpContext context) =>
        {
            await context.Response.StartAsync();
            await context.Response.Body.FlushAsync();
            queued.Started.Enqueue(name);
            await queued.Hold(name).Task;
            await context.Response.WriteAsync(name);
        });
        app.MapPost("/echo", async (HttpRequest request) => await new StreamReader(request.Body).ReadToEndAsync());
        app.MapGet("/quick", () => "quick");
        app.MapGet("/health/live", () => "healthy");
        app.MapGet("/error/{code:int}", (int code) => $"error page {code}");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        queued.Client.BaseAddress = new Uri(address);
        return queued;
    }

    public TaskCompletionSource Hold(string name) => holds.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void Release(string name) => Hold(name).TrySetResult();

    public async Task WhenStartedAsync(string name) => await Until(() => Started.Contains(name), $"{name} to start");

    public async Task WhenWaitingAsync(long count) => await Until(() => Queue.Waiting == count, $"{count} requests waiting");

    public async ValueTask DisposeAsync()
    {
        foreach (var hold in holds.Values)
        {
            hold.TrySetResult();
        }

        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static async Task Until(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}");
            await Task.Delay(10);
        }
    }
}
