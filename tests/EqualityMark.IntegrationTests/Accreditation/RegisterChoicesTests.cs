using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Accreditation;

[Collection(AppTestGroup.Name)]
public sealed class RegisterChoicesTests(AppFixture app)
{
    [Fact]
    public async Task A_coordinator_hides_a_strand_on_the_page_and_it_leaves_the_register()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var race = await app.AddBadgeAsync(app.Lancashire, school.School, "race", "Race Equality Badge");
        var orientation = await app.AddBadgeAsync(app.Lancashire, school.School, "sexual-orientation", "Sexual Orientation Equality Badge");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var page = await coordinator.GetStringAsync("/accreditation/register-choices");
        Assert.Contains("Sexual Orientation, can draw hostile attention", page, StringComparison.Ordinal);
        var raceIndex = page.IndexOf("Race Equality Badge", StringComparison.Ordinal) < page.IndexOf("Sexual Orientation Equality Badge", StringComparison.Ordinal) ? 0 : 1;

        var response = await FormPost.SubmitAsync(coordinator, "/accreditation/register-choices", new Dictionary<string, string>
        {
            [$"Choices[{raceIndex}].AwardId"] = race.Id.ToString(),
            [$"Choices[{raceIndex}].Show"] = "true",
            [$"Choices[{1 - raceIndex}].AwardId"] = orientation.Id.ToString(),
            [$"Choices[{1 - raceIndex}].Show"] = "false",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/accreditation/register-choices?done=saved", response.Headers.Location?.OriginalString);
        Assert.Contains("Your choices for the public register are saved", await coordinator.GetStringAsync("/accreditation/register-choices?done=saved"), StringComparison.Ordinal);
        var listed = (await app.Factory.ForTenant("lancashire").RegisterSchoolsAsync()).School(school.School.Urn)!.Value;
        Assert.Equal(["Race Equality Badge"], listed.AwardTitles());
        Assert.Equal(HttpStatusCode.OK, (await app.Factory.ForTenant("lancashire").GetAsync($"/verify/{orientation.VerificationCode}")).StatusCode);
    }

    [Fact]
    public async Task The_api_saves_choices_and_refuses_another_schools_award()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var other = await app.CreateAsync(app.Lancashire);
        var award = await app.AddBadgeAsync(app.Lancashire, school.School);
        var othersAward = await app.AddBadgeAsync(app.Lancashire, other.School);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);

        var saved = await coordinator.PutAsJsonAsync("/api/v1/accreditation/register-choices", new { choices = new[] { new { awardId = award.Id, show = false } } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.False((await saved.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("showOnRegister").GetBoolean());
        Assert.Null((await app.Factory.ForTenant("lancashire").RegisterSchoolsAsync()).School(school.School.Urn));

        var intrusion = await coordinator.PutAsJsonAsync("/api/v1/accreditation/register-choices", new { choices = new[] { new { awardId = othersAward.Id, show = false } } });
        Assert.Equal(HttpStatusCode.NotFound, intrusion.StatusCode);
        Assert.NotNull((await app.Factory.ForTenant("lancashire").RegisterSchoolsAsync()).School(other.School.Urn));
    }

    [Fact]
    public async Task A_member_is_refused_and_the_authoritys_team_has_no_school_choices()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var award = await app.AddBadgeAsync(app.Lancashire, school.School);
        var member = await app.SignInAsAsync(app.Lancashire, school.MemberEmail);
        var admin = await app.SignInAsync("lancashire", "admin");

        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/accreditation/register-choices")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/v1/accreditation/register-choices")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PutAsJsonAsync("/api/v1/accreditation/register-choices", new { choices = new[] { new { awardId = award.Id, show = false } } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/accreditation/register-choices")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Factory.ForTenant("lancashire").GetAsync("/accreditation/register-choices")).StatusCode);
    }
}
