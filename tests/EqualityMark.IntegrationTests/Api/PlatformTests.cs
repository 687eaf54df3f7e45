using System.Net;
using System.Net.Http.Json;
using EqualityMark.Organisations.Contracts;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Api;

/// <summary>The platform operator creates local authorities, outside every tenant.</summary>
[Collection(AppTestGroup.Name)]
public sealed class PlatformTests(AppFixture app)
{
    [Fact]
    public async Task An_operator_creates_an_authority_whose_site_then_answers()
    {
        var platform = await app.SignInOperatorAsync();
        var code = "test-" + Guid.NewGuid().ToString("N")[..8];
        var response = await platform.PostAsJsonAsync("/api/v1/platform/tenants",
            new { code, name = "Testshire Council", programmeName = "Testshire Equality Award", contactEmail = "equality@testshire.example", administratorName = "Tess Admin", administratorEmail = $"tess@{code}.example" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var duplicate = await platform.PostAsJsonAsync("/api/v1/platform/tenants",
            new { code, name = "Again", programmeName = "Again", contactEmail = "again@testshire.example", administratorName = "Again", administratorEmail = "again@testshire.example" });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var home = await app.Factory.ForTenant(code).GetStringAsync("/");
        Assert.Contains("Testshire Equality Award", home);
    }

    [Fact]
    public async Task A_bad_authority_is_refused_with_field_errors()
    {
        var platform = await app.SignInOperatorAsync();
        var response = await platform.PostAsJsonAsync("/api/v1/platform/tenants",
            new { code = "Not A Code!", name = "", programmeName = "", contactEmail = "nope", administratorName = "Ada", administratorEmail = "ada@example.org" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblem>();
        Assert.Equal(["Code", "ContactEmail", "Name", "ProgrammeName"], problem!.Errors.Keys.Order());
    }

    [Fact]
    public async Task A_wrong_operator_password_does_not_sign_in()
    {
        var client = app.Factory.ForPlatform();
        var response = await FormPost.SubmitAsync(client, "/platform/sign-in",
            new Dictionary<string, string> { ["Input.Email"] = "operator@equalitymark.example", ["Input.Password"] = "wrong-password-123" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/platform/tenants")).StatusCode);
    }

    [Fact]
    public async Task Tenants_are_listed_for_the_operator()
    {
        var platform = await app.SignInOperatorAsync();
        var tenants = await platform.GetFromJsonAsync<List<TenantDto>>("/api/v1/platform/tenants", Json.Options);
        Assert.Contains(tenants!, t => t.Code == "lancashire");
        Assert.Contains(tenants!, t => t.Code == "northdale");
    }
}
