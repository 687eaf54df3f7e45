using System.Net;
using System.Net.Http.Json;
using EqualityMark.IntegrationTests.ActionPlanning;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Accreditation;

/// <summary>The authority's award rules: data per authority, changed only by its administrators, checked, and never overwritten unseen.</summary>
[Collection(AppTestGroup.Name)]
public sealed class AwardRulesTests(AppFixture app)
{
    private const string Rules = "/api/v1/accreditation/rules";

    [Fact]
    public async Task Until_saved_the_rules_are_the_defaults_all_six_badges_within_three_years()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);

        var rules = await (await admin.GetAsync(Rules)).JsonAsync();

        Assert.Equal(0u, rules.GetProperty("version").GetUInt32());
        Assert.True(rules.GetProperty("isDefault").GetBoolean());
        Assert.Equal(6, rules.GetProperty("badgesInFramework").GetInt32());
        Assert.Equal(
            ["All 6 badges within 3 years", "Each badge is valid for 3 years", "The Mark is valid for 3 years", "A school may start a new summary for a badge 6 months before it expires"],
            rules.GetProperty("wording").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public async Task An_administrator_saves_the_rules_through_the_form_and_the_page_reads_them_in_words()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);

        var saved = await FormPost.SubmitAsync(admin, "/accreditation/settings", new Dictionary<string, string>
        {
            ["Input.Version"] = "0", ["Input.AllBadges"] = "false", ["Input.BadgesForMark"] = "5", ["Input.WithinWindow"] = "true", ["Input.MarkWindowYears"] = "3",
            ["Input.BadgesExpire"] = "true", ["Input.BadgeValidityYears"] = "4", ["Input.MarkExpires"] = "false", ["Input.MarkValidityYears"] = "",
            ["Input.RenewalOpensMonthsBefore"] = "9",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/accreditation/settings?done=rules-saved", saved.Headers.Location?.OriginalString);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/accreditation/settings?done=rules-saved"));
        Assert.Contains("Award rules saved", page, StringComparison.Ordinal);
        Assert.Contains("5 of the 6 badges within 3 years", page, StringComparison.Ordinal);
        Assert.Contains("Each badge is valid for 4 years", page, StringComparison.Ordinal);
        Assert.Contains("The Mark never expires", page, StringComparison.Ordinal);
        var rules = await (await admin.GetAsync(Rules)).JsonAsync();
        Assert.False(rules.GetProperty("isDefault").GetBoolean());
        Assert.Equal(5, rules.GetProperty("badgesForMark").GetInt32());
        Assert.Equal(9, rules.GetProperty("renewalOpensMonthsBefore").GetInt32());
        Assert.Equal("Ada Administrator", rules.GetProperty("updatedBy").GetString());
    }

    [Fact]
    public async Task Bad_numbers_are_refused_with_an_error_for_each_field()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);

        var zero = await (await admin.PutAsJsonAsync(Rules, Body(0, badgesForMark: 0, window: 11, badgeYears: -1, renewal: -1))).FieldErrorsAsync();
        var tooMany = await (await admin.PutAsJsonAsync(Rules, Body(0, badgesForMark: 7, markYears: 0, renewal: 25))).FieldErrorsAsync();
        var missing = await (await admin.PutAsJsonAsync(Rules, new { version = 0 })).FieldErrorsAsync();

        Assert.Contains("between 1 and 6", zero["badgesForMark"][0], StringComparison.Ordinal);
        Assert.Equal("The time limit must be between 1 and 10 years", zero["markWindowYears"][0]);
        Assert.Equal("A badge's validity must be between 1 and 10 years", zero["badgeValidityYears"][0]);
        Assert.Equal("Months before a badge expires must be between 0 and 24", zero["renewalOpensMonthsBefore"][0]);
        Assert.Contains("between 1 and 6", tooMany["badgesForMark"][0], StringComparison.Ordinal);
        Assert.Equal("The Mark's validity must be between 1 and 10 years", tooMany["markValidityYears"][0]);
        Assert.True(tooMany.ContainsKey("renewalOpensMonthsBefore"));
        Assert.Equal("Select how many badges earn the Mark", missing["allBadges"][0]);
        Assert.True(missing.ContainsKey("withinWindow") && missing.ContainsKey("badgesExpire") && missing.ContainsKey("markExpires"));
        Assert.True((await (await admin.GetAsync(Rules)).JsonAsync()).GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task The_form_shows_field_errors_in_a_GOV_UK_error_summary()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);

        var response = await FormPost.SubmitAsync(admin, "/accreditation/settings", new Dictionary<string, string>
        {
            ["Input.Version"] = "0", ["Input.AllBadges"] = "true", ["Input.WithinWindow"] = "true", ["Input.MarkWindowYears"] = "11",
            ["Input.BadgesExpire"] = "false", ["Input.MarkExpires"] = "false", ["Input.RenewalOpensMonthsBefore"] = "3",
        });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: Award rules", html, StringComparison.Ordinal);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_MarkWindowYears\">The time limit must be between 1 and 10 years", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_on_a_stale_version_is_refused_with_409_and_the_rules_as_they_now_are()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);
        var other = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);

        var first = await (await admin.PutAsJsonAsync(Rules, Body(0, badgesForMark: 5))).JsonAsync();
        var stale = await other.PutAsJsonAsync(Rules, Body(0, badgesForMark: 4));
        var problem = await stale.JsonAsync(HttpStatusCode.Conflict);
        var again = await other.PutAsJsonAsync(Rules, Body(first.GetProperty("version").GetUInt32() + 1, badgesForMark: 4));

        Assert.Contains("changed the award rules after you opened them", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, problem.GetProperty("current").GetProperty("badgesForMark").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var ok = await other.PutAsJsonAsync(Rules, Body(first.GetProperty("version").GetUInt32(), badgesForMark: 4));
        Assert.Equal(4, (await ok.JsonAsync()).GetProperty("badgesForMark").GetInt32());
    }

    [Fact]
    public async Task The_form_tells_the_administrator_when_someone_else_saved_first_and_shows_their_rules()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);
        await (await admin.PutAsJsonAsync(Rules, Body(0, badgesForMark: 5))).JsonAsync();

        var stale = await FormPost.SubmitAsync(admin, "/accreditation/settings", new Dictionary<string, string>
        {
            ["Input.Version"] = "0", ["Input.AllBadges"] = "false", ["Input.BadgesForMark"] = "2", ["Input.WithinWindow"] = "false",
            ["Input.BadgesExpire"] = "false", ["Input.MarkExpires"] = "false", ["Input.RenewalOpensMonthsBefore"] = "3",
        });

        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Ada Administrator changed the award rules after you opened them", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_BadgesForMark\" name=\"Input.BadgesForMark\" type=\"text\" inputmode=\"numeric\" spellcheck=\"false\" value=\"5\"", html, StringComparison.Ordinal);
        Assert.Equal(5, (await (await admin.GetAsync(Rules)).JsonAsync()).GetProperty("badgesForMark").GetInt32());
    }

    [Fact]
    public async Task Two_first_saves_at_once_one_wins_and_the_other_gets_409()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var one = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);
        var two = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);

        var responses = await Task.WhenAll(one.PutAsJsonAsync(Rules, Body(0, badgesForMark: 5)), two.PutAsJsonAsync(Rules, Body(0, badgesForMark: 4)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Advisors_read_the_rules_but_cannot_change_them_and_school_users_cannot_read_them()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var school = await app.CreateAsync(authority.Tenant);
        var advisor = await app.SignInAsAsync(authority.Tenant, authority.AdvisorEmail);
        var coordinator = await app.SignInAsAsync(authority.Tenant, school.CoordinatorEmail);

        Assert.Equal(HttpStatusCode.OK, (await advisor.GetAsync(Rules)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await advisor.PutAsJsonAsync(Rules, Body(0, badgesForMark: 5))).StatusCode);
        var page = WebUtility.HtmlDecode(await advisor.GetStringAsync("/accreditation/settings"));
        Assert.Contains("Only the authority's administrators can change the award rules", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Save award rules", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync(Rules)).StatusCode);
        Assert.True((await (await advisor.GetAsync(Rules)).JsonAsync()).GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task One_authoritys_rules_leave_another_authoritys_untouched()
    {
        await using var changed = await app.CreateAuthorityAsync();
        await using var untouched = await app.CreateAuthorityAsync();
        var admin = await app.SignInAsAsync(changed.Tenant, changed.AdminEmail);
        var otherAdmin = await app.SignInAsAsync(untouched.Tenant, untouched.AdminEmail);

        await (await admin.PutAsJsonAsync(Rules, Body(0, badgesForMark: 2, window: 1))).JsonAsync();

        var other = await (await otherAdmin.GetAsync(Rules)).JsonAsync();
        Assert.True(other.GetProperty("isDefault").GetBoolean());
        Assert.Equal("All 6 badges within 3 years", other.GetProperty("wording")[0].GetString());
        Assert.Equal("2 of the 6 badges within 1 year", (await (await admin.GetAsync(Rules)).JsonAsync()).GetProperty("wording")[0].GetString());
    }

    private static object Body(uint version, int? badgesForMark = null, int? window = 3, int? badgeYears = 3, int? markYears = null, int? renewal = 6) => new
    {
        version,
        allBadges = badgesForMark is null,
        badgesForMark,
        withinWindow = true,
        markWindowYears = window,
        badgesExpire = true,
        badgeValidityYears = badgeYears,
        markExpires = markYears is not null,
        markValidityYears = markYears,
        renewalOpensMonthsBefore = renewal,
    };
}
