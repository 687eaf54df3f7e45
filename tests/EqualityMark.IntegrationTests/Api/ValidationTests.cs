using System.Net;
using System.Net.Http.Json;
using System.Text;
using EqualityMark.Organisations.Contracts;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Api;

/// <summary>Bad input gets a clear 400 with a message per field, a clash gets 409, and nothing is half-written.</summary>
[Collection(AppTestGroup.Name)]
public sealed class ValidationTests(AppFixture app)
{
    [Fact]
    public async Task A_school_with_bad_fields_is_refused_with_a_message_for_each()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var before = (await admin.AllItemsAsync<SchoolDto>("/api/v1/schools")).Count;
        var response = await admin.PostAsJsonAsync("/api/v1/schools", new { name = "", urn = "12ab", addressLine1 = "", town = "", postcode = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblem>();
        Assert.Equal(["AddressLine1", "Name", "Phase", "Postcode", "Town", "Urn"], problem!.Errors.Keys.Order());
        Assert.Contains("6 digits", problem.Errors["Urn"][0], StringComparison.Ordinal);
        Assert.Equal(before, (await admin.AllItemsAsync<SchoolDto>("/api/v1/schools")).Count);
    }

    [Fact]
    public async Task A_duplicate_urn_is_a_conflict()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var response = await admin.PostAsJsonAsync("/api/v1/schools",
            new { name = "Copy", urn = "900101", phase = "Primary", addressLine1 = "1 Road", town = "Town", postcode = "PR1 1AA" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task The_same_urn_may_exist_in_another_authority()
    {
        var admin = await app.SignInAsync("northdale", "admin");
        var urn = EqualityMark.IntegrationTests.Tenancy.EfTenantFilterTests.UniqueUrn();
        var lancashire = await app.SignInAsync("lancashire", "admin");
        var first = await lancashire.PostAsJsonAsync("/api/v1/schools", new { name = "Shared URN A", urn, phase = "Primary", addressLine1 = "1", town = "T", postcode = "P" });
        var second = await admin.PostAsJsonAsync("/api/v1/schools", new { name = "Shared URN B", urn, phase = "Secondary", addressLine1 = "1", town = "T", postcode = "P" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
    }

    [Fact]
    public async Task Unreadable_json_and_unknown_values_are_bad_requests_not_errors()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var malformed = await admin.PostAsync("/api/v1/schools", new StringContent("{ not json", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);

        var unknownPhase = await admin.PostAsJsonAsync("/api/v1/schools", new { name = "X", urn = "123456", phase = "Castle", addressLine1 = "1", town = "T", postcode = "P" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownPhase.StatusCode);

        var badId = await admin.GetAsync("/api/v1/schools/not-a-guid");
        Assert.Equal(HttpStatusCode.NotFound, badId.StatusCode);
    }

    [Fact]
    public async Task A_form_with_errors_shows_the_error_summary_and_keeps_what_was_typed()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var response = await FormPost.SubmitAsync(admin, "/schools/add", new Dictionary<string, string>
        {
            ["Input.Name"] = "Kept Name Academy",
            ["Input.Urn"] = "12",
            ["Input.Phase"] = "",
            ["Input.AddressLine1"] = "1 Kept Road",
            ["Input.Town"] = "Keptown",
            ["Input.Postcode"] = "KT1 1AA",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Urn\"", html, StringComparison.Ordinal);
        Assert.Contains("govuk-form-group--error", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Kept Name Academy\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_without_the_anti_forgery_token_is_refused()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var response = await admin.PostAsync("/schools/add", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Name"] = "Forged" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_coordinator_cannot_invite_staff_or_into_another_school()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var other = (await admin.AllItemsAsync<SchoolDto>("/api/v1/schools")).Single(s => s.Urn == "900102");
        var coordinator = await app.SignInAsync("lancashire", "coordinator");

        var staff = await coordinator.PostAsJsonAsync("/api/v1/invitations", new { email = "x1@example.org", fullName = "X", role = "AuthorityAdmin", schoolId = (Guid?)null });
        Assert.Equal(HttpStatusCode.BadRequest, staff.StatusCode);

        var elsewhere = await coordinator.PostAsJsonAsync("/api/v1/invitations", new { email = "x2@example.org", fullName = "X", role = "SchoolMember", schoolId = other.Id });
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }
}
