using System.Net;
using System.Net.Http.Json;

namespace EqualityMark.IntegrationTests.Operations;

/// <summary>Metrics for operators only, at /platform/metrics; the API reference and how to authenticate for developers.</summary>
[Collection(AppTestGroup.Name)]
public sealed class ObservabilityTests(AppFixture app)
{
    [Fact]
    public async Task Metrics_are_scraped_by_signed_in_operators_and_by_nobody_on_an_authority_site()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/schools")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/v1/jobs/expire-invitations/run", null)).StatusCode);

        foreach (var refused in new[] { admin, app.Factory.ForTenant("lancashire"), app.Factory.ForPlatform() })
        {
            var response = await refused.GetAsync("/platform/metrics");
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("http_server_request_duration", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var operatorClient = await app.SignInOperatorAsync();
        var metrics = await operatorClient.GetStringAsync("/platform/metrics");
        Assert.Contains("http_server_request_duration_seconds", metrics, StringComparison.Ordinal);
        Assert.Contains("http_route=\"/api/v1/schools/\"", metrics, StringComparison.Ordinal);
        // The request queue (ADR 0042): requests taking their turn (this scrape is one) and waiting for one.
        Assert.Matches(@"(?m)^equalitymark_requests_running\{[^}]*\} [1-9]", metrics);
        Assert.Contains("equalitymark_requests_queued", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Developers_find_how_to_authenticate_and_the_api_reference()
    {
        var anonymous = app.Factory.ForTenant("lancashire");
        var guide = await anonymous.GetStringAsync("/developers");
        Assert.Contains("Signing in", guide, StringComparison.Ordinal);
        Assert.Contains("/api-reference", guide, StringComparison.Ordinal);
        var reference = await anonymous.GetAsync("/api-reference");
        if (reference.StatusCode == HttpStatusCode.Found)
        {
            reference = await anonymous.GetAsync(reference.Headers.Location);
        }

        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("EqualityMark API reference", await reference.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var document = await anonymous.GetFromJsonAsync<System.Text.Json.JsonElement>("/openapi/v1.json");
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/admin/audit-log", out _));
    }
}
