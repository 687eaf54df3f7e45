using System.Net;

namespace EqualityMark.IntegrationTests.Jobs;

/// <summary>The Hangfire Dashboard is for platform operators, on the platform host only.</summary>
[Collection(AppTestGroup.Name)]
public sealed class OperatorDashboardTests(AppFixture app)
{
    [Fact]
    public async Task An_operator_sees_the_dashboard_with_its_relaxed_content_security_policy()
    {
        var operatorClient = await app.SignInOperatorAsync();

        var response = await operatorClient.GetAsync("/platform/jobs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("EqualityMark jobs", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("script-src 'self' 'unsafe-inline'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync("/platform/jobs/recurring")).StatusCode);

        var elsewhere = await operatorClient.GetAsync("/platform");
        Assert.DoesNotContain("unsafe-inline", elsewhere.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_operator_sign_in()
    {
        var response = await app.Factory.ForPlatform().GetAsync("/platform/jobs/recurring");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/platform/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authority_administrator_cannot_reach_it_on_their_site()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/platform/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/platform/jobs/recurring")).StatusCode);
    }
}
