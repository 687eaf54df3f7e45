using System.Net;
using System.Net.Http.Json;
using EqualityMark.IntegrationTests.ActionPlanning;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Accreditation;

/// <summary>Administrators revoke awards with a reason, once; the school is told; nobody else can, and another authority's award is not found.</summary>
[Collection(AppTestGroup.Name)]
public sealed class RevocationTests(AppFixture app)
{
    [Fact]
    public async Task An_administrator_revokes_a_badge_through_the_confirmation_page_and_the_co_ordinator_is_emailed()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var today = AuthorityTestData.Today;
        var badge = await app.AddAwardAsync(app.Lancashire, school.School, "race", today.AddYears(-1), today.AddYears(2));
        var mark = await app.AddAwardAsync(app.Lancashire, school.School, null, today.AddMonths(-1), today.AddYears(3));
        var admin = await app.SignInAsync("lancashire", "admin");
        var path = $"/accreditation/awards/{badge}/revoke";

        var confirm = WebUtility.HtmlDecode(await admin.GetStringAsync(path));
        var empty = await FormPost.SubmitAsync(admin, path, new Dictionary<string, string> { ["Reason"] = "  " });
        var revoked = await FormPost.SubmitAsync(admin, path, new Dictionary<string, string> { ["Reason"] = "The evidence was another school's" });

        Assert.Contains("Revoking a badge does not revoke the Mark", confirm, StringComparison.Ordinal);
        Assert.Contains($"href=\"/accreditation/awards/{mark}/revoke\"", confirm, StringComparison.Ordinal);
        Assert.Contains("its verification page will show it as revoked", confirm, StringComparison.Ordinal);
        var emptyHtml = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("href=\"#Reason\">Enter the reason for revoking this award", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("<title>Error: ", emptyHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal($"/accreditation/schools/{school.School.Id}?done=award-revoked", revoked.Headers.Location?.OriginalString);
        var schoolPage = WebUtility.HtmlDecode(await admin.GetStringAsync(revoked.Headers.Location!.OriginalString));
        Assert.Contains("Award revoked. The school's co-ordinators have been told by email", schoolPage, StringComparison.Ordinal);
        Assert.Contains("The evidence was another school's", schoolPage, StringComparison.Ordinal);
        var email = Assert.Single(await app.EmailsToAsync(app.Lancashire, school.CoordinatorEmail), e => e.Kind == "AwardRevoked");
        Assert.Contains("Race Equality Badge has been revoked", email.Subject, StringComparison.Ordinal);
        Assert.Contains("The evidence was another school's", email.Body, StringComparison.Ordinal);
        Assert.Empty(await app.EmailsToAsync(app.Lancashire, school.MemberEmail));
        var record = await (await admin.GetAsync($"/api/v1/accreditation/schools/{school.School.Id}/awards")).JsonAsync();
        var statuses = record.GetProperty("awards").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetGuid(), a => a.GetProperty("status").GetString());
        Assert.Equal("Revoked", statuses[badge]);
        Assert.Equal("Valid", statuses[mark]);
    }

    [Fact]
    public async Task The_api_needs_a_reason_of_at_most_2000_characters_and_refuses_a_second_revocation()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var award = await app.AddAwardAsync(app.Lancashire, school.School, "sex", AuthorityTestData.Today.AddYears(-1), null);
        var admin = await app.SignInAsync("lancashire", "admin");
        var path = $"/api/v1/accreditation/awards/{award}/revoke";

        var empty = await (await admin.PostAsJsonAsync(path, new { reason = "" })).FieldErrorsAsync();
        var tooLong = await (await admin.PostAsJsonAsync(path, new { reason = new string('x', 2001) })).FieldErrorsAsync();
        var first = await (await admin.PostAsJsonAsync(path, new { reason = "Awarded to the wrong school" })).JsonAsync();
        var second = await admin.PostAsJsonAsync(path, new { reason = "Again" });

        Assert.Equal("Enter the reason for revoking this award", empty["reason"][0]);
        Assert.Equal("The reason must be 2000 characters or fewer", tooLong["reason"][0]);
        Assert.Equal("Revoked", first.GetProperty("status").GetString());
        Assert.Contains("already been revoked", (await second.JsonAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single(await app.EmailsToAsync(app.Lancashire, school.CoordinatorEmail), e => e.Kind == "AwardRevoked");
    }

    [Fact]
    public async Task Two_administrators_revoking_at_once_one_wins_and_the_other_gets_409()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var award = await app.AddAwardAsync(app.Lancashire, school.School, "disability", AuthorityTestData.Today.AddYears(-1), null);
        var one = await app.SignInAsync("lancashire", "admin");
        var two = await app.SignInAsync("lancashire", "admin");
        var path = $"/api/v1/accreditation/awards/{award}/revoke";

        var responses = await Task.WhenAll(one.PostAsJsonAsync(path, new { reason = "First" }), two.PostAsJsonAsync(path, new { reason = "Second" }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Single(await app.EmailsToAsync(app.Lancashire, school.CoordinatorEmail), e => e.Kind == "AwardRevoked");
    }

    [Fact]
    public async Task Advisors_and_school_users_cannot_revoke_and_another_authoritys_award_is_not_found()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var award = await app.AddAwardAsync(app.Lancashire, school.School, "race", AuthorityTestData.Today.AddYears(-1), null);
        var advisor = await app.SignInAsync("lancashire", "advisor");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var northdaleAdmin = await app.SignInAsync("northdale", "admin");
        var path = $"/api/v1/accreditation/awards/{award}/revoke";

        Assert.Equal(HttpStatusCode.Forbidden, (await advisor.PostAsJsonAsync(path, new { reason = "No" })).StatusCode);
        await SubscriptionsTestData.AssertPageRefusedAsync(advisor, $"/accreditation/awards/{award}/revoke");
        Assert.Contains((await coordinator.PostAsJsonAsync(path, new { reason = "No" })).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Equal(HttpStatusCode.NotFound, (await northdaleAdmin.PostAsJsonAsync(path, new { reason = "No" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdaleAdmin.GetAsync($"/accreditation/awards/{award}/revoke")).StatusCode);
        var record = await (await (await app.SignInAsync("lancashire", "admin")).GetAsync($"/api/v1/accreditation/schools/{school.School.Id}/awards")).JsonAsync();
        Assert.Equal("Valid", Assert.Single(record.GetProperty("awards").EnumerateArray()).GetProperty("status").GetString());
    }
}
