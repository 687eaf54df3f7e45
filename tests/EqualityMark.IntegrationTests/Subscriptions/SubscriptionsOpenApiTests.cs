using System.Net;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>The module's JSON endpoints are described in the OpenAPI document.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SubscriptionsOpenApiTests(AppFixture app)
{
    [Fact]
    public async Task The_openapi_document_describes_the_subscription_endpoints()
    {
        var response = await app.Factory.ForPlatform().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadAsStringAsync();
        foreach (var path in new[] { "/api/v1/catalogue", "/api/v1/sign-ups", "/api/v1/invoices", "/api/v1/subscriptions/{id}/upgrade",
                     "/api/v1/schools/{schoolId}/entitlements/uses", "/api/v1/payments/checkouts", "/api/v1/subscription-settings" })
        {
            Assert.Contains($"\"{path}\"", document);
        }

        Assert.DoesNotContain("/api/v1/payments/stripe/webhook", document);
    }
}
