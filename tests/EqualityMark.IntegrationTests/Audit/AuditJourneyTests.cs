using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Audit.Contracts;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Audit;

/// <summary>Steps 1–3 of the programme as a school runs them, through the real API and pages.</summary>
[Collection(AppTestGroup.Name)]
public sealed class AuditJourneyTests(AppFixture app)
{
    [Fact]
    public async Task The_reference_group_warns_until_a_senior_leader_is_added()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var path = $"/api/v1/schools/{school.School.Id}/reference-group";

        Assert.Contains("must include a member of the senior leadership team", await coordinator.GetStringAsync("/audit"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync(path + "/members", new { fullName = "Tara Teacher", category = "Teacher" })).StatusCode);
        Assert.False((await coordinator.GetJsonAsync(path)).GetProperty("hasSeniorLeader").GetBoolean());

        var bad = await coordinator.PostAsJsonAsync(path + "/members", new { fullName = "", category = (string?)null });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync(path + "/members", new { fullName = "Hana Head", category = "SeniorLeadership" })).StatusCode);
        Assert.True((await coordinator.GetJsonAsync(path)).GetProperty("hasSeniorLeader").GetBoolean());
        Assert.DoesNotContain("must include a member of the senior leadership team", await coordinator.GetStringAsync("/audit"), StringComparison.Ordinal);

        var member = await app.SignInAsAsync(app.Lancashire, school.MemberEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync(path + "/members", new { fullName = "X", category = "Parent" })).StatusCode);
    }

    [Fact]
    public async Task A_coordinator_delegates_members_judge_their_parts_and_the_audit_is_sent_to_the_team()
    {
        var school = await app.CreateAsync(app.Lancashire, EqualityMark.Organisations.Contracts.SchoolPhase.Special);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var audit = await coordinator.StartAuditAsync(school.School.Id);
        var auditId = audit.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsJsonAsync($"/api/v1/schools/{school.School.Id}/audits", new { copyLastYear = false })).StatusCode);

        foreach (var element in new[] { "leadership", "policy" })
        {
            var delegated = await coordinator.PostAsJsonAsync($"/api/v1/audits/{auditId}/delegations", new { userId = school.MemberId, elementKey = element });
            Assert.Equal(HttpStatusCode.OK, delegated.StatusCode);
        }

        var member = await app.SignInAsAsync(app.Lancashire, school.MemberEmail);
        var visible = await member.JudgementsAsync(auditId);
        Assert.NotEmpty(visible);
        Assert.All(visible, j => Assert.True(j.Element is "leadership" or "policy", $"member sees {j.Element}"));
        var all = await coordinator.JudgementsAsync(auditId);
        Assert.Contains(all, j => j.Element == "teaching");

        var leadershipRace = visible.Where(j => j.Element == "leadership" && j.Strand == "race").ToList();
        foreach (var judgement in leadershipRace)
        {
            Assert.Equal(HttpStatusCode.OK, (await member.SaveJudgementAsync(auditId, judgement.Item, judgement.Strand, Rating.Green, judgement.Version)).StatusCode);
        }

        Assert.Equal(Rating.Green, await coordinator.CellAsync(auditId, "leadership", "race"));
        var teaching = all.First(j => j.Element == "teaching");
        Assert.Equal(HttpStatusCode.NotFound, (await member.SaveJudgementAsync(auditId, teaching.Item, teaching.Strand, Rating.Red, teaching.Version)).StatusCode);

        var policyRace = all.First(j => j.Element == "policy" && j.Strand == "race");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.SaveJudgementAsync(auditId, policyRace.Item, policyRace.Strand, Rating.Red, policyRace.Version)).StatusCode);
        Assert.Equal(Rating.Red, await coordinator.CellAsync(auditId, "policy", "race"));

        var noReason = await coordinator.PutAsJsonAsync($"/api/v1/audits/{auditId}/grid/policy/race", new { rating = "Amber", rationale = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var overridden = await coordinator.PutAsJsonAsync($"/api/v1/audits/{auditId}/grid/policy/race", new { rating = "Amber", rationale = "The plan is written; governors approve it next week." });
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        Assert.Equal(Rating.Amber, await coordinator.CellAsync(auditId, "policy", "race"));

        var grid = await coordinator.GetJsonAsync($"/api/v1/audits/{auditId}/grid");
        var changes = grid.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("elementKey").GetString() == "policy" && c.GetProperty("strandKey").GetString() == "race").ToList();
        Assert.Contains(changes, c => c.GetProperty("to").GetString() == "Red" && c.GetProperty("changedBy").GetString() == "Casey Coordinator");
        // A judgement's change is told by the item's statement, never its key.
        Assert.Contains(changes, c => c.GetProperty("reason").GetString()!.StartsWith("A judgement changed: \u201c", StringComparison.Ordinal));
        Assert.DoesNotContain(changes, c => c.GetProperty("reason").GetString()!.Contains(policyRace.Item, StringComparison.Ordinal));
        Assert.Contains(changes, c => c.GetProperty("from").GetString() == "Red" && c.GetProperty("to").GetString() == "Amber" && c.GetProperty("reason").GetString()!.Contains("governors", StringComparison.Ordinal));

        var csv = await coordinator.GetStringAsync($"/api/v1/audits/{auditId}/grid.csv");
        Assert.StartsWith("Element,Race,Sex,Disability,Holistic Diversity,Sexual Orientation,Religion and Belief", csv, StringComparison.Ordinal);
        Assert.Contains("Policy and planning,A*,", csv, StringComparison.Ordinal);
        Assert.Contains("A*", await coordinator.GetStringAsync($"/audit/{auditId}/grid"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/api/v1/audits/{auditId}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsync($"/api/v1/audits/{auditId}/submit", null)).StatusCode); // no senior leader yet
        await coordinator.AddSeniorLeaderAsync(school.School.Id);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/audits/{auditId}/submit", null)).StatusCode);
        var locked = await coordinator.SaveJudgementAsync(auditId, policyRace.Item, policyRace.Strand, Rating.Green, 0);
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);

        var advisor = await app.SignInAsync("lancashire", "advisor");
        // Staff move between schools' audits: the school is named on the audit and its grid.
        Assert.Contains($"{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(school.School.Name)} · ", await advisor.GetStringAsync($"/audit/{auditId}/grid"), StringComparison.Ordinal);
        Assert.Contains($"{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(school.School.Name)} · ", await advisor.GetStringAsync($"/audit/{auditId}"), StringComparison.Ordinal);
        Assert.DoesNotContain($"{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(school.School.Name)} · ", await coordinator.GetStringAsync($"/audit/{auditId}/grid"), StringComparison.Ordinal);
        var year = audit.GetProperty("academicYear").GetInt32();
        var statuses = await advisor.AllItemsAsync<JsonElement>($"/api/v1/audit/statuses?year={year}");
        var row = statuses.Single(s => s.GetProperty("schoolId").GetGuid() == school.School.Id);
        Assert.Equal("Submitted", row.GetProperty("status").GetString());
        Assert.Contains("Submitted", await SchoolRowOnAuditSchoolsAsync(advisor, year, school.School.Name), StringComparison.Ordinal);

        var submitted = await app.SendAsync(app.Lancashire, new GetAuditSubmittedDateQuery(school.School.Id, year));
        Assert.NotNull(submitted);
        var redAmber = await app.SendAsync(app.Lancashire, new GetRedAmberCellsQuery(school.School.Id));
        Assert.Contains(redAmber, c => c.ElementKey == "policy" && c.StrandKey == "race" && c.Rating == Rating.Amber);

        var returned = await advisor.PostAsJsonAsync($"/api/v1/audits/{auditId}/return", new { reason = "Please add evidence for the disability strand." });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var afterReturn = (await coordinator.JudgementsAsync(auditId)).First(j => j.Item == policyRace.Item && j.Strand == "race");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.SaveJudgementAsync(auditId, afterReturn.Item, afterReturn.Strand, Rating.Green, afterReturn.Version)).StatusCode);
    }

    [Fact]
    public async Task Two_people_saving_the_same_judgement_the_second_is_refused_and_shown_the_first()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var first = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var second = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var auditId = (await first.StartAuditAsync(school.School.Id)).GetProperty("id").GetGuid();
        var opened = (await first.JudgementsAsync(auditId))[0];

        Assert.Equal(HttpStatusCode.OK, (await first.SaveJudgementAsync(auditId, opened.Item, opened.Strand, Rating.Amber, opened.Version, "First view")).StatusCode);
        var refused = await second.SaveJudgementAsync(auditId, opened.Item, opened.Strand, Rating.Red, opened.Version, "Second view");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var current = problem.GetProperty("current");
        Assert.Equal("Amber", current.GetProperty("rating").GetString());
        Assert.Equal("First view", current.GetProperty("commentary").GetString());
        var kept = (await first.JudgementsAsync(auditId)).Single(j => j.Item == opened.Item && j.Strand == opened.Strand);
        Assert.Equal(current.GetProperty("version").GetUInt32(), kept.Version);

        var page = await FormPost.SubmitAsync(second, $"/audit/{auditId}?element={opened.Element}", new Dictionary<string, string>
        {
            ["Element"] = opened.Element, ["Input.ItemKey"] = opened.Item, ["Input.StrandKey"] = opened.Strand,
            ["Input.Rating"] = "Green", ["Input.Commentary"] = "Typed in the second browser", ["Input.Version"] = opened.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "?handler=Judgement");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("saved this first", html, StringComparison.Ordinal);
        Assert.Contains("Their commentary: First view", html, StringComparison.Ordinal);
        Assert.Contains("Typed in the second browser", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_school_and_its_authoritys_staff_can_see_an_audit()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var auditId = (await coordinator.StartAuditAsync(school.School.Id)).GetProperty("id").GetGuid();

        var otherSchool = await app.SignInAsync("lancashire", "coordinator");
        var otherAuthority = await app.SignInAsync("northdale", "admin");
        foreach (var outsider in new[] { otherSchool, otherAuthority })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/audits/{auditId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/audits/{auditId}/grid")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/audit/{auditId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/audit/{auditId}/grid")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.GetAsync($"/api/v1/schools/{school.School.Id}/reference-group")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherSchool.GetAsync("/api/v1/audit/heat-map?year=2026")).StatusCode);
        var advisor = await app.SignInAsync("lancashire", "advisor");
        // Staff move between schools' audits: the school is named on the audit and its grid.
        Assert.Contains($"{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(school.School.Name)} · ", await advisor.GetStringAsync($"/audit/{auditId}/grid"), StringComparison.Ordinal);
        Assert.Contains($"{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(school.School.Name)} · ", await advisor.GetStringAsync($"/audit/{auditId}"), StringComparison.Ordinal);
        Assert.DoesNotContain($"{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(school.School.Name)} · ", await coordinator.GetStringAsync($"/audit/{auditId}/grid"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await advisor.GetAsync($"/api/v1/audits/{auditId}/grid")).StatusCode);
    }

    /// <summary>The school's row on the paged audit status page, looking through the pages (the list is by name, a page at a time).</summary>
    private static async Task<string> SchoolRowOnAuditSchoolsAsync(HttpClient staff, int year, string schoolName)
    {
        var name = System.Text.Encodings.Web.HtmlEncoder.Default.Encode(schoolName);
        for (var page = 1; page <= 50; page++)
        {
            var html = await staff.GetStringAsync($"/audit/schools?Year={year}&page={page}");
            var at = html.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0)
            {
                return html[at..html.IndexOf("</tr>", at, StringComparison.Ordinal)];
            }
        }

        throw new Xunit.Sdk.XunitException($"{schoolName} is on none of the first 50 pages of /audit/schools");
    }
}
