using System.Net;
using System.Net.Http.Json;
using EqualityMark.Organisations.Contracts;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Api;

/// <summary>Isolation as a caller sees it: other tenants' and other schools' ids are simply not found.</summary>
[Collection(AppTestGroup.Name)]
public sealed class HttpIsolationTests(AppFixture app)
{
    [Fact]
    public async Task An_unknown_authority_is_not_found()
    {
        var response = await app.Factory.ForTenant("nosuch").GetAsync("/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_answers_on_any_host_name()
    {
        foreach (var host in new[] { "127.0.0.1", "localhost", "lancashire.localhost", "nosuch.localhost" })
        {
            var ready = await app.Factory.ForHost(host).GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.OK, (await app.Factory.ForHost("127.0.0.1").GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Each_authority_shows_its_own_programme()
    {
        var lancashire = await app.Factory.ForTenant("lancashire").GetStringAsync("/");
        var northdale = await app.Factory.ForTenant("northdale").GetStringAsync("/");
        Assert.Contains("Lancashire Equality and Inclusion Mark", lancashire);
        Assert.Contains("Northdale Schools Inclusion Award", northdale);
        Assert.DoesNotContain("Northdale", lancashire);
    }

    [Fact]
    public async Task A_user_of_one_authority_cannot_sign_in_to_another()
    {
        var client = app.Factory.ForTenant("northdale");
        var response = await FormPost.SignInAsync(client, "coordinator@lancashire.example");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_cookie_is_not_honoured_on_another_authoritys_host()
    {
        var lancashire = app.Factory.ForTenant("lancashire");
        var signIn = await FormPost.SignInAsync(lancashire, "admin@lancashire.example");
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("EqualityMark.Session=", StringComparison.Ordinal)).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await lancashire.GetAsync("/api/v1/me")).StatusCode);

        using var replay = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        replay.Headers.Add("Cookie", cookie);
        var response = await app.Factory.ForTenant("northdale").SendAsync(replay);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_authority_admin_lists_only_its_schools_and_cannot_read_anothers()
    {
        var lancashire = await app.SignInAsync("lancashire", "admin");
        var northdale = await app.SignInAsync("northdale", "admin");
        var ownSchools = await lancashire.AllItemsAsync<SchoolDto>("/api/v1/schools");
        var otherSchools = await northdale.AllItemsAsync<SchoolDto>("/api/v1/schools");
        Assert.Contains(ownSchools!, s => s.Urn == "900101");
        Assert.DoesNotContain(ownSchools!, s => otherSchools!.Any(o => o.Id == s.Id));

        var response = await lancashire.GetAsync($"/api/v1/schools/{otherSchools![0].Id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await lancashire.GetAsync($"/schools/{otherSchools[0].Id}")).StatusCode);
    }

    [Fact]
    public async Task A_school_user_sees_only_their_own_school()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var schools = await admin.AllItemsAsync<SchoolDto>("/api/v1/schools");
        var own = schools!.Single(s => s.Urn == "900101");
        var other = schools!.Single(s => s.Urn == "900102");

        var coordinator = await app.SignInAsync("lancashire", "coordinator");
        var visible = await coordinator.AllItemsAsync<SchoolDto>("/api/v1/schools");
        Assert.Equal([own.Id], visible!.Select(s => s.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/v1/schools/{other.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/v1/schools/{own.Id}")).StatusCode);

        var people = await coordinator.GetFromJsonAsync<List<PersonDto>>($"/api/v1/people?schoolId={other.Id}", Json.Options);
        Assert.NotEmpty(people!);
        Assert.All(people!, p => Assert.Equal(own.Id, p.SchoolId));
    }

    [Fact]
    public async Task Roles_limit_what_a_signed_in_user_can_do()
    {
        var member = await app.SignInAsync("lancashire", "member");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/v1/people")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync("/api/v1/schools", new { name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/v1/job-runs")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Factory.ForTenant("lancashire").GetAsync("/api/v1/schools")).StatusCode);
    }

    [Fact]
    public async Task The_platform_area_exists_only_on_the_platform_host()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/platform/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/platform")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Factory.ForPlatform().GetAsync("/api/v1/platform/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Factory.ForPlatform().GetAsync("/api/v1/schools")).StatusCode);
    }
}
