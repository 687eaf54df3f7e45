using System.Net;

namespace EqualityMark.IntegrationTests.Concurrency;

/// <summary>Fires the same request several times at once through the real HTTP API and sorts the answers (ADR 0029).</summary>
public static class AtOnce
{
    public const int Requests = 8;

    public static Task<HttpStatusCode[]> SendAsync(Func<Task<HttpResponseMessage>> request, int times = Requests) =>
        SendAsync(_ => request(), times);

    /// <param name="request">Given the request's number (0 to times - 1), so requests at once can differ.</param>
    public static async Task<HttpStatusCode[]> SendAsync(Func<int, Task<HttpResponseMessage>> request, int times = Requests)
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, times).Select(i => Task.Run(() => request(i))));
        return responses.Select(r => r.StatusCode).Order().ToArray();
    }

    /// <summary>Exactly one request succeeded and every other one was told of the conflict (409).</summary>
    public static void AssertOneWinner(HttpStatusCode[] statuses, int times = Requests) =>
        Assert.Equal([HttpStatusCode.OK, .. Enumerable.Repeat(HttpStatusCode.Conflict, times - 1)], statuses);
}
