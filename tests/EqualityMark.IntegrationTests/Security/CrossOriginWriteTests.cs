using System.Net;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Security;

/// <summary>
/// Authorities are sibling subdomains, so their cookies travel on requests from each other's pages. An API write must
/// come from the same origin or carry the client header that a cross-site page cannot add.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class CrossOriginWriteTests(AppFixture app)
{
    [Fact]
    public async Task A_write_with_only_the_cookie_is_refused_and_nothing_changes()
    {
        var client = await app.SignInAsync("lancashire", "coordinator");
        client.DefaultRequestHeaders.Remove(EqualityMarkAppFactory.ApiClientHeader);

        var plainText = await client.PostAsync("/api/v1/calendar/feed", new StringContent("x", System.Text.Encoding.UTF8, "text/plain"));
        var form = await client.PostAsync("/api/v1/calendar/feed", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Forbidden, plainText.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Contains("must come from this site", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_from_another_authoritys_origin_is_refused_even_with_the_header()
    {
        var client = await app.SignInAsync("lancashire", "coordinator");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/calendar/feed");
        request.Headers.Add("Origin", "http://northdale.localhost");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Same_origin_browsers_and_api_clients_with_the_header_may_write_and_reads_need_neither()
    {
        var client = await app.SignInAsync("lancashire", "coordinator");
        client.DefaultRequestHeaders.Remove(EqualityMarkAppFactory.ApiClientHeader);
        using var sameOrigin = new HttpRequestMessage(HttpMethod.Post, "/api/v1/calendar/feed");
        sameOrigin.Headers.Add("Origin", "http://lancashire.localhost");
        using var fetchMetadata = new HttpRequestMessage(HttpMethod.Post, "/api/v1/calendar/feed");
        fetchMetadata.Headers.Add("Sec-Fetch-Site", "same-origin");

        Assert.True((await client.SendAsync(sameOrigin)).IsSuccessStatusCode);
        Assert.True((await client.SendAsync(fetchMetadata)).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task The_payment_providers_webhook_needs_no_header()
    {
        var client = app.Factory.CreateClient();
        var response = await client.PostAsync("/api/v1/payments/stripe/webhook", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
