using System.Net;

namespace EqualityMark.IntegrationTests.Accreditation;

/// <summary>What the authority's accreditation pages do is also a JSON endpoint described in the OpenAPI document.</summary>
[Collection(AppTestGroup.Name)]
public sealed class AuthorityOpenApiTests(AppFixture app)
{
    [Fact]
    public async Task The_openapi_document_describes_the_rules_dashboard_school_and_revocation_endpoints()
    {
        var response = await app.Factory.ForPlatform().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadAsStringAsync();
        foreach (var path in new[]
                 {
                     "/api/v1/accreditation/rules", "/api/v1/accreditation/dashboard", "/api/v1/accreditation/schools/{schoolId}/awards",
                     "/api/v1/accreditation/awards/{id}/revoke",
                 })
        {
            Assert.Contains($"\"{path}\"", document, StringComparison.Ordinal);
        }
    }
}
