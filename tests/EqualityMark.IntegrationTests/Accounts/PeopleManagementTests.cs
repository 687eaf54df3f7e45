using System.Net;
using System.Net.Http.Json;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.IntegrationTests.Accreditation;
using EqualityMark.Organisations.Contracts;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Accounts;

/// <summary>Hand-over of the co-ordinator role, deactivation (sessions end), role changes and their limits.</summary>
[Collection(AppTestGroup.Name)]
public sealed class PeopleManagementTests(AppFixture app)
{
    [Fact]
    public async Task A_coordinator_hands_over_to_a_member_and_stays_as_a_member_with_history_kept()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var outgoing = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var done = await FormPost.SubmitAsync(outgoing, "/people/hand-over", new Dictionary<string, string>
        {
            ["Input.To"] = school.MemberId.ToString(), ["Input.Stay"] = "stay",
        });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("Morgan Member is now your school", await outgoing.GetStringAsync(done.Headers.Location!.ToString()), StringComparison.Ordinal);

        Assert.Equal("SchoolMember", (await outgoing.GetFromJsonAsync<Me>("/api/v1/me"))!.Role);
        var incoming = await app.SignInAsAsync(app.Lancashire, school.MemberEmail);
        Assert.Equal("SchoolCoordinator", (await incoming.GetFromJsonAsync<Me>("/api/v1/me"))!.Role);
        var people = await incoming.GetFromJsonAsync<List<PersonDto>>("/api/v1/people", Json.Options);
        Assert.Contains(people!, p => p.Id == school.CoordinatorId && p.Role == "SchoolMember" && p.Status == "Active");
    }

    [Fact]
    public async Task A_coordinator_hands_over_to_someone_new_and_leaves_signed_out()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var outgoing = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var email = $"new-coord-{Guid.NewGuid():N}@school.example";

        var missing = await FormPost.SubmitAsync(outgoing, "/people/hand-over", new Dictionary<string, string> { ["Input.To"] = "new", ["Input.Stay"] = "leave" });
        Assert.Contains("Enter the new co-ordinator", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var done = await FormPost.SubmitAsync(outgoing, "/people/hand-over", new Dictionary<string, string>
        {
            ["Input.To"] = "new", ["Input.NewPersonName"] = "Nia New", ["Input.NewPersonEmail"] = email, ["Input.Stay"] = "leave",
        });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Single(await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(email)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await outgoing.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await FormPost.SignInAsync(app.Factory.ForTenant("lancashire"), school.CoordinatorEmail)).StatusCode);
    }

    [Fact]
    public async Task A_deactivated_person_is_signed_out_at_once_and_cannot_sign_in_until_reactivated()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var member = await app.SignInAsAsync(app.Lancashire, school.MemberEmail);
        var admin = await app.SignInAsync("lancashire", "admin");

        var confirm = await admin.GetStringAsync($"/people/{school.MemberId}/deactivate");
        Assert.Contains("Are you sure you want to deactivate Morgan Member?", confirm, StringComparison.Ordinal);
        var done = await FormPost.SubmitAsync(admin, $"/people/{school.MemberId}/deactivate", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("has been deactivated and signed out", await admin.GetStringAsync(done.Headers.Location!.ToString()), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, (await member.GetAsync("/api/v1/me")).StatusCode);
        var refused = await FormPost.SignInAsync(app.Factory.ForTenant("lancashire"), school.MemberEmail);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("This account has been deactivated", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/v1/people/{school.MemberId}/deactivate", null)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/people/{school.MemberId}/reactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(app.Factory.ForTenant("lancashire"), school.MemberEmail)).StatusCode);
    }

    [Fact]
    public async Task The_last_coordinator_and_the_last_administrator_stay_and_two_removals_at_once_leave_one()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var admin = await app.SignInAsync("lancashire", "admin");
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/v1/people/{school.CoordinatorId}/deactivate", null)).StatusCode);

        // A second co-ordinator: now either may go, but not both.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/people/{school.MemberId}/role", new { role = "SchoolCoordinator" })).StatusCode);
        var both = await Task.WhenAll(
            admin.PostAsync($"/api/v1/people/{school.CoordinatorId}/deactivate", null),
            admin.PostAsync($"/api/v1/people/{school.MemberId}/deactivate", null));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], both.Select(r => r.StatusCode).Order());

        await using var authority = await app.CreateAuthorityAsync();
        var onlyAdmin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);
        var people = await onlyAdmin.GetFromJsonAsync<List<PersonDto>>("/api/v1/people", Json.Options);
        var firstAdmin = people!.Single(p => p.Email == authority.AdminEmail);
        var role = await onlyAdmin.PutAsJsonAsync($"/api/v1/people/{firstAdmin.Id}/role", new { role = "Advisor" });
        Assert.Equal(HttpStatusCode.Conflict, role.StatusCode);
        var wrongKind = await onlyAdmin.PutAsJsonAsync($"/api/v1/people/{firstAdmin.Id}/role", new { role = "SchoolMember" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongKind.StatusCode);
    }

    [Fact]
    public async Task Nobody_manages_people_of_another_school_or_authority()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var other = await app.CreateAsync(app.Lancashire);
        var otherCoordinator = await app.SignInAsAsync(app.Lancashire, other.CoordinatorEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoordinator.GetAsync($"/api/v1/people/{school.MemberId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoordinator.PostAsync($"/api/v1/people/{school.MemberId}/deactivate", null)).StatusCode);
        var northdale = await app.SignInAsync("northdale", "admin");
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/api/v1/people/{school.MemberId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.PostAsync($"/api/v1/people/{school.MemberId}/deactivate", null)).StatusCode);
        var member = await app.SignInAsAsync(app.Lancashire, school.MemberEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/api/v1/people/{school.CoordinatorId}/deactivate", null)).StatusCode);
    }

    private sealed record Me(Guid UserId, string FullName, string Role, Guid? SchoolId, string Tenant);
}
