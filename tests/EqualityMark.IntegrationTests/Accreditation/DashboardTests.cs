using System.Net;
using System.Text.Json;
using EqualityMark.Accreditation.Contracts;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.Organisations.Contracts;

namespace EqualityMark.IntegrationTests.Accreditation;

/// <summary>The authority's dashboard: each school's state per badge and the Mark, suppressed figures, paging, and nobody else's schools.</summary>
[Collection(AppTestGroup.Name)]
public sealed class DashboardTests(AppFixture app)
{
    private const string Dashboard = "/api/v1/accreditation/dashboard";

    [Fact]
    public async Task Each_cell_shows_the_schools_state_for_that_badge_and_the_Mark()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var tenant = authority.Tenant;
        var today = AuthorityTestData.Today;
        var school = await app.AddSchoolAsync(tenant, "Aardvark Primary", SchoolPhase.Primary);
        await app.AddAwardAsync(tenant, school, "race", today.AddYears(-1), today.AddYears(2));
        await app.AddAwardAsync(tenant, school, "sex", today.AddYears(-3).AddDays(40), today.AddDays(40));
        await app.AddAwardAsync(tenant, school, "disability", today.AddYears(-1), today.AddYears(2), revoked: true);
        await app.AddSummaryAsync(tenant, school, "disability", SummaryStatus.Sent);
        await app.AddSummaryAsync(tenant, school, "holistic-diversity", SummaryStatus.Returned);
        await app.AddSummaryAsync(tenant, school, "sexual-orientation", SummaryStatus.Draft);
        await app.AddAwardAsync(tenant, school, "religion-belief", today.AddYears(-4), today.AddYears(-1));
        await app.AddSummaryAsync(tenant, school, "religion-belief", SummaryStatus.NotYet);
        await app.AddAwardAsync(tenant, school, null, today.AddMonths(-2), today.AddYears(3));
        var other = await app.AddSchoolAsync(tenant, "Badger Primary", SchoolPhase.Primary);
        await app.AddSummaryAsync(tenant, other, "race", SummaryStatus.Accepted);
        await app.AddAwardAsync(tenant, other, null, today.AddYears(-3), today.AddDays(10));
        var admin = await app.SignInAsAsync(tenant, authority.AdminEmail);

        var rows = (await (await admin.GetAsync(Dashboard)).JsonAsync()).GetProperty("schools");

        Assert.Equal(
            ["Held", "Expiring", "InReview", "Returned", "InProgress", "Returned", "Held"],
            States(rows[0]));
        Assert.Equal(["InReview", "None", "None", "None", "None", "None", "Expiring"], States(rows[1]));
        var page = await admin.GetStringAsync("/accreditation/dashboard");
        Assert.Contains("Aardvark Primary", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/accreditation/schools/{school.Id}\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/accreditation/review\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Figures_below_the_threshold_and_those_that_would_reveal_them_are_not_shown_in_any_phase_view()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var tenant = authority.Tenant;
        var today = AuthorityTestData.Today;
        var primary = await app.AddSchoolAsync(tenant, "Primary One", SchoolPhase.Primary);
        await app.AddAwardAsync(tenant, primary, "race", today.AddYears(-1), today.AddYears(2));
        await app.AddSummaryAsync(tenant, primary, "sex", SummaryStatus.Sent);
        for (var i = 0; i < 5; i++)
        {
            var secondary = await app.AddSchoolAsync(tenant, $"Secondary {i}", SchoolPhase.Secondary);
            await app.AddAwardAsync(tenant, secondary, "race", today.AddYears(-1), null);
        }

        var admin = await app.SignInAsAsync(tenant, authority.AdminEmail);
        var all = await (await admin.GetAsync(Dashboard)).JsonAsync();
        var primaries = await (await admin.GetAsync($"{Dashboard}?phase=Primary")).JsonAsync();
        var secondaries = await (await admin.GetAsync($"{Dashboard}?phase=Secondary")).JsonAsync();

        Assert.Equal(5, all.GetProperty("threshold").GetInt32());
        Assert.Equal("6", Holders(all, "race"));
        Assert.Equal("0", Holders(all, "sex"));
        Assert.Equal("not shown", all.GetProperty("awaitingDeskCheck").GetString());
        Assert.Equal("0", all.GetProperty("markHolders").GetString());
        Assert.Equal("not shown", Holders(primaries, "race"));
        Assert.Equal("not shown", Holders(secondaries, "race")); // else 6 minus 5 gives the one primary school
        Assert.Equal(1, primaries.GetProperty("totalSchools").GetInt32());
        var page = await admin.GetStringAsync("/accreditation/dashboard?phase=Primary");
        Assert.Contains("Schools holding the Race badge</dt><dd class=\"govuk-summary-list__value\">not shown", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Secondary 0", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schools_come_25_to_a_page()
    {
        await using var authority = await app.CreateAuthorityAsync();
        for (var i = 0; i < 26; i++)
        {
            await app.AddSchoolAsync(authority.Tenant, $"School {i:D2}", SchoolPhase.Special);
        }

        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdvisorEmail);
        var first = await (await admin.GetAsync(Dashboard)).JsonAsync();
        var second = await (await admin.GetAsync($"{Dashboard}?page=2")).JsonAsync();

        Assert.Equal(25, first.GetProperty("schools").GetArrayLength());
        Assert.Equal(2, first.GetProperty("pageCount").GetInt32());
        Assert.Equal("School 25", Assert.Single(second.GetProperty("schools").EnumerateArray()).GetProperty("schoolName").GetString());
        var page = await admin.GetStringAsync("/accreditation/dashboard?page=2");
        Assert.Contains("govuk-pagination", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/accreditation/dashboard?page=1\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task School_users_are_refused_and_another_authoritys_schools_never_appear()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var own = await app.AddSchoolAsync(authority.Tenant, "Own School", SchoolPhase.Primary);
        var lancashireSchool = await app.CreateAsync(app.Lancashire);
        await app.AddAwardAsync(app.Lancashire, lancashireSchool.School, "race", AuthorityTestData.Today.AddYears(-1), null);
        var coordinator = await app.SignInAsAsync(app.Lancashire, lancashireSchool.CoordinatorEmail);
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);

        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync(Dashboard)).StatusCode);
        await SubscriptionsTestData.AssertPageRefusedAsync(coordinator, "/accreditation/dashboard");
        await SubscriptionsTestData.AssertPageRefusedAsync(coordinator, $"/accreditation/schools/{lancashireSchool.School.Id}");
        var dashboard = await (await admin.GetAsync(Dashboard)).JsonAsync();
        var id = Assert.Single(dashboard.GetProperty("schools").EnumerateArray()).GetProperty("schoolId").GetGuid();
        Assert.Equal(own.Id, id);
        Assert.Equal("0", Holders(dashboard, "race"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/accreditation/schools/{lancashireSchool.School.Id}/awards")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/accreditation/schools/{lancashireSchool.School.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_schools_page_lists_its_awards_with_certificate_and_verify_links_and_its_summaries()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var today = AuthorityTestData.Today;
        var badge = await app.AddAwardAsync(app.Lancashire, school.School, "race", today.AddYears(-1), today.AddYears(2));
        var revoked = await app.AddAwardAsync(app.Lancashire, school.School, "sex", today.AddYears(-1), today.AddYears(2), revoked: true);
        var summary = await app.AddSummaryAsync(app.Lancashire, school.School, "disability", SummaryStatus.Returned);
        var draft = await app.AddSummaryAsync(app.Lancashire, school.School, "race", SummaryStatus.Draft);
        var admin = await app.SignInAsync("lancashire", "admin");
        var advisor = await app.SignInAsync("lancashire", "advisor");

        var record = await (await admin.GetAsync($"/api/v1/accreditation/schools/{school.School.Id}/awards")).JsonAsync();
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/accreditation/schools/{school.School.Id}"));
        var advisorPage = await advisor.GetStringAsync($"/accreditation/schools/{school.School.Id}");

        var race = record.GetProperty("awards").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == badge);
        Assert.Contains($"href=\"/accreditation/awards/{badge}/certificate.pdf\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/verify/{race.GetProperty("verificationCode").GetString()}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/accreditation/awards/{badge}/revoke\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/accreditation/awards/{revoked}/revoke\"", page, StringComparison.Ordinal);
        Assert.Contains("Awarded in error", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/accreditation/review/{summary}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/accreditation/review/{draft}\"", page, StringComparison.Ordinal);
        Assert.Contains("Returned for changes", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/revoke\"", advisorPage, StringComparison.Ordinal);
    }

    private static string[] States(JsonElement row) =>
        row.GetProperty("badges").EnumerateArray().Append(row.GetProperty("mark")).Select(c => c.GetProperty("state").GetString()!).ToArray();

    private static string? Holders(JsonElement dashboard, string strand) =>
        dashboard.GetProperty("badgeHolders").EnumerateArray().Single(b => b.GetProperty("strandKey").GetString() == strand).GetProperty("schools").GetString();
}
