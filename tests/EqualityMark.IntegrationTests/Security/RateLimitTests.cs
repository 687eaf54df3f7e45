using System.Net;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Security;

/// <summary>Sign-in and the public forms are rate limited per client and per account, counted in the database so every node shares the count.</summary>
[Collection(AppTestGroup.Name)]
public sealed class RateLimitTests(AppFixture app)
{
    [Fact]
    public async Task One_client_is_stopped_with_429_and_retry_after_once_over_the_limit()
    {
        await using var host = new SecureHost(app);
        var client = host.Client("northdale.localhost", peer: SecureHost.NewAddress());
        for (var attempt = 0; attempt < SecureHost.PerClient; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await FormPost.SignInAsync(client, $"someone{attempt}@northdale.example", "wrong")).StatusCode);
        }

        var refused = await FormPost.SignInAsync(client, "someone-else@northdale.example", "wrong");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 600);
        Assert.Contains("Too many attempts", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-in")).StatusCode);
    }

    [Fact]
    public async Task One_account_is_protected_from_many_addresses_and_two_nodes_share_the_count()
    {
        await using var first = new SecureHost(app);
        await using var second = new SecureHost(app);
        var email = $"guess-{Guid.NewGuid():N}@lancashire.example";
        var outcomes = new List<HttpStatusCode>();
        for (var attempt = 0; attempt <= SecureHost.PerAccount; attempt++)
        {
            var node = attempt % 2 == 0 ? first : second;
            var client = node.Client("lancashire.localhost", peer: SecureHost.NewAddress());
            outcomes.Add((await FormPost.SignInAsync(client, email, "wrong")).StatusCode);
        }

        Assert.All(outcomes.Take(SecureHost.PerAccount), o => Assert.Equal(HttpStatusCode.OK, o));
        Assert.Equal(HttpStatusCode.TooManyRequests, outcomes[^1]);
    }

    [Fact]
    public async Task The_sign_up_api_is_limited_per_client_with_problem_details()
    {
        await using var host = new SecureHost(app);
        var client = host.Client("northdale.localhost", peer: SecureHost.NewAddress());
        HttpResponseMessage last = new();
        for (var attempt = 0; attempt <= SecureHost.PerClient; attempt++)
        {
            last = await client.PostAsync("/api/v1/sign-ups", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.True(last.Headers.Contains("Retry-After"));
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
    }
}
