using System.Net;

namespace EqualityMark.IntegrationTests.Capacity;

/// <summary>Requests take turns: a few run at once, the rest wait oldest first, and nothing slow holds a turn (ADR 0042).</summary>
public sealed class RequestQueueTests
{
    [Fact]
    public async Task Only_as_many_requests_as_there_are_turns_run_at_once_and_the_rest_run_in_the_order_they_came()
    {
        await using var app = await QueuedApp.StartAsync(concurrentRequests: 2, queueLimit: 10);
        var first = app.Client.GetStringAsync("/hold/first");
        await app.WhenStartedAsync("first");
        var second = app.Client.GetStringAsync("/hold/second");
        await app.WhenStartedAsync("second");
        var third = app.Client.GetStringAsync("/hold/third");
        await app.WhenWaitingAsync(1);
        var fourth = app.Client.GetStringAsync("/hold/fourth");
        await app.WhenWaitingAsync(2);

        Assert.Equal(["first", "second"], app.Started);

        app.Release("second");
        Assert.Equal("second", await second);
        await app.WhenStartedAsync("third");
        Assert.Equal(["first", "second", "third"], app.Started);
        Assert.Equal(1, app.Queue.Waiting);

        app.Release("first");
        await app.WhenStartedAsync("fourth");
        app.Release("third");
        app.Release("fourth");
        Assert.Equal(["first", "third", "fourth"], await Task.WhenAll(first, third, fourth));
        Assert.Equal(["first", "second", "third", "fourth"], app.Started);
        Assert.Equal(0, app.Queue.Waiting);
    }

    [Fact]
    public async Task A_turn_ends_when_the_response_starts_so_a_slow_download_holds_none()
    {
        await using var app = await QueuedApp.StartAsync(concurrentRequests: 1, queueLimit: 10);
        using var download = await app.Client.GetAsync("/start-then-hold/download", HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal("quick", await app.Client.GetStringAsync("/quick"));

        app.Release("download");
        Assert.Equal("download", await download.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_full_queue_refuses_with_503_retry_after_and_the_error_page_while_waiting_requests_still_run()
    {
        await using var app = await QueuedApp.StartAsync(concurrentRequests: 1, queueLimit: 1);
        var running = app.Client.GetStringAsync("/hold/running");
        await app.WhenStartedAsync("running");
        var waiting = app.Client.GetStringAsync("/hold/waiting");
        await app.WhenWaitingAsync(1);

        using var refused = await app.Client.GetAsync("/quick");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("error page 503", await refused.Content.ReadAsStringAsync());
        app.Release("running");
        app.Release("waiting");
        Assert.Equal(["running", "waiting"], await Task.WhenAll(running, waiting));
        Assert.Equal("quick", await app.Client.GetStringAsync("/quick"));
    }

    [Fact]
    public async Task A_small_body_is_received_before_its_turn_so_a_slow_sender_holds_none_and_the_request_reads_it_whole()
    {
        await using var app = await QueuedApp.StartAsync(concurrentRequests: 1, queueLimit: 10, receivedFirstBodyLimit: 1024);
        var body = new SlowContent("first half;", "second half");
        var post = app.Client.PostAsync("/echo", body);
        await body.FirstHalfSent;

        Assert.Equal("quick", await app.Client.GetStringAsync("/quick"));

        body.SendSecondHalf();
        using var echoed = await post;
        Assert.Equal("first half;second half", await echoed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_over_the_limit_and_the_health_checks_go_straight_on_while_every_turn_is_taken()
    {
        await using var app = await QueuedApp.StartAsync(concurrentRequests: 1, queueLimit: 10, receivedFirstBodyLimit: 1024);
        var running = app.Client.GetStringAsync("/hold/running");
        await app.WhenStartedAsync("running");
        var upload = new string('x', 4096);

        using var echoed = await app.Client.PostAsync("/echo", new StringContent(upload));
        Assert.Equal(upload, await echoed.Content.ReadAsStringAsync());
        Assert.Equal("healthy", await app.Client.GetStringAsync("/health/live"));

        Assert.False(running.IsCompleted);
        app.Release("running");
        Assert.Equal("running", await running);
    }

    [Fact]
    public async Task A_caller_who_leaves_while_waiting_gives_up_their_place()
    {
        await using var app = await QueuedApp.StartAsync(concurrentRequests: 1, queueLimit: 1);
        var running = app.Client.GetStringAsync("/hold/running");
        await app.WhenStartedAsync("running");
        using var leaving = new CancellationTokenSource();
        var left = app.Client.GetAsync("/hold/left", leaving.Token);
        await app.WhenWaitingAsync(1);

        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => left);
        await app.WhenWaitingAsync(0);
        var next = app.Client.GetStringAsync("/hold/next");
        await app.WhenWaitingAsync(1);

        app.Release("running");
        app.Release("next");
        Assert.Equal(["running", "next"], await Task.WhenAll(running, next));
        Assert.DoesNotContain("left", app.Started);
    }

    /// <summary>A known length, sent in two parts with a pause between them, as a slow connection would.</summary>
    private sealed class SlowContent(string firstHalf, string secondHalf) : HttpContent
    {
        private readonly TaskCompletionSource firstHalfSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource secondHalfMayGo = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task FirstHalfSent => firstHalfSent.Task;

        public void SendSecondHalf() => secondHalfMayGo.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(firstHalf));
            await stream.FlushAsync();
            firstHalfSent.TrySetResult();
            await secondHalfMayGo.Task;
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(secondHalf));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = System.Text.Encoding.UTF8.GetByteCount(firstHalf + secondHalf);
            return true;
        }
    }
}
