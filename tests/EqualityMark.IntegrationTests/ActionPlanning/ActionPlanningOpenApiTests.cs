using System.Net;

namespace EqualityMark.IntegrationTests.ActionPlanning;

/// <summary>Everything the action plan pages do is also a JSON endpoint described in the OpenAPI document.</summary>
[Collection(AppTestGroup.Name)]
public sealed class ActionPlanningOpenApiTests(AppFixture app)
{
    [Fact]
    public async Task The_openapi_document_describes_the_action_plan_endpoints()
    {
        var response = await app.Factory.ForPlatform().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadAsStringAsync();
        foreach (var path in new[]
                 {
                     "/api/v1/action-plan", "/api/v1/action-plan/plan.csv", "/api/v1/action-plan/focus", "/api/v1/action-plan/carry-forward",
                     "/api/v1/action-plan/comments", "/api/v1/action-plan/schools", "/api/v1/action-plan/settings", "/api/v1/action-plan/objectives",
                     "/api/v1/action-plan/objectives/{id}", "/api/v1/action-plan/objectives/{id}/impact", "/api/v1/action-plan/objectives/{id}/evidence",
                     "/api/v1/action-plan/objectives/{id}/actions", "/api/v1/action-plan/actions/{id}", "/api/v1/action-plan/actions/{id}/progress",
                     "/api/v1/action-plan/actions/{id}/evidence", "/api/v1/action-plan/evidence/{id}",
                 })
        {
            Assert.Contains($"\"{path}\"", document);
        }
    }
}
