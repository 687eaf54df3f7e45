using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Audit.Contracts;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.Organisations.Contracts;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Audit;

/// <summary>Sending the audit goes through "check before you send": what blocks, what only warns, one winner, the emails.</summary>
[Collection(AppTestGroup.Name)]
public sealed class CheckBeforeSendTests(AppFixture app)
{
    [Fact]
    public async Task No_senior_leader_or_no_judgement_blocks_sending_and_unmade_judgements_only_warn()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var auditId = (await coordinator.StartAuditAsync(school.School.Id)).GetProperty("id").GetGuid();

        var check = await coordinator.GetJsonAsync($"/api/v1/audits/{auditId}/check");
        Assert.Equal(["ReferenceGroup", "Judgements"], Keys(check, "problems"));
        Assert.False(check.GetProperty("canBeSent").GetBoolean());
        var refused = await coordinator.PostAsync($"/api/v1/audits/{auditId}/submit", null);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("senior leadership team", errors.GetProperty("ReferenceGroup")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("Judgements", out _));
        var page = await coordinator.GetStringAsync($"/audit/{auditId}/check");
        Assert.Contains("There is a problem", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/audit/reference-group\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Send the audit to the team</button>", page, StringComparison.Ordinal);

        await coordinator.AddSeniorLeaderAsync(school.School.Id);
        var judgement = (await coordinator.JudgementsAsync(auditId))[0];
        Assert.Equal(HttpStatusCode.OK, (await coordinator.SaveJudgementAsync(auditId, judgement.Item, judgement.Strand, Rating.Amber, judgement.Version)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/audits/{auditId}/delegations", new { userId = school.MemberId, elementKey = "policy" })).StatusCode);

        check = await coordinator.GetJsonAsync($"/api/v1/audits/{auditId}/check");
        Assert.Empty(Keys(check, "problems"));
        Assert.Equal(["Judgements", "Delegations"], Keys(check, "warnings"));
        var total = check.GetProperty("audit").GetProperty("total").GetInt32();
        Assert.Contains($"{total - 1} of {total} judgements have not been made", check.GetProperty("warnings")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        var leadership = check.GetProperty("elements").EnumerateArray().Single(e => e.GetProperty("key").GetString() == judgement.Element);
        Assert.Equal(1, leadership.GetProperty("assessed").GetInt32());
        page = await coordinator.GetStringAsync($"/audit/{auditId}/check");
        Assert.Contains("govuk-warning-text", page, StringComparison.Ordinal);
        Assert.DoesNotContain("There is a problem", page, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/audits/{auditId}/submit", null)).StatusCode);
        Assert.Equal(["Audit"], Keys(await coordinator.GetJsonAsync($"/api/v1/audits/{auditId}/check"), "problems"));

        var member = await app.SignInAsAsync(app.Lancashire, school.MemberEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/v1/audits/{auditId}/check")).StatusCode);
    }

    [Fact]
    public async Task Two_sends_at_once_one_wins_and_the_team_is_emailed_once_then_the_coordinator_when_it_is_returned()
    {
        var (school, first, second, auditId) = await ReadyToSendAsync();

        var sends = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => (i % 2 == 0 ? first : second).PostAsync($"/api/v1/audits/{auditId}/submit", null)));
        Assert.Single(sends, s => s.StatusCode == HttpStatusCode.OK);
        Assert.All(sends.Where(s => s.StatusCode != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.Conflict, s.StatusCode));

        var team = await app.SendAsync(app.Lancashire, new GetEmailSenderQuery());
        var sent = (await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(team.ReplyTo, 500)))
            .Where(e => e.Kind == "AuditSent" && e.Subject.Contains(school.School.Name, StringComparison.Ordinal)).ToList();
        var email = Assert.Single(sent);
        Assert.Contains($"/audit/{auditId}", email.Body, StringComparison.Ordinal);
        Assert.Contains("1 of ", email.Body, StringComparison.Ordinal);

        var advisor = await app.SignInAsync("lancashire", "advisor");
        Assert.Equal(HttpStatusCode.OK, (await advisor.PostAsJsonAsync($"/api/v1/audits/{auditId}/return", new { reason = "Please judge the disability strand." })).StatusCode);
        var returned = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(school.CoordinatorEmail));
        var back = Assert.Single(returned, e => e.Kind == "AuditReturned");
        Assert.Contains("Please judge the disability strand.", back.Body, StringComparison.Ordinal);
        Assert.Contains($"/audit/{auditId}", back.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_coordinators_pressing_send_on_the_check_page_at_once_one_sends_and_the_other_is_told()
    {
        var (_, first, second, auditId) = await ReadyToSendAsync();
        Assert.Contains($"href=\"/audit/{auditId}/check\"", await first.GetStringAsync($"/audit/{auditId}"), StringComparison.Ordinal);

        var presses = await Task.WhenAll(
            FormPost.PrepareAsync(first, $"/audit/{auditId}/check", new Dictionary<string, string>()),
            FormPost.PrepareAsync(second, $"/audit/{auditId}/check", new Dictionary<string, string>()));
        var results = await Task.WhenAll(presses.Select(press => press()));

        var winner = Assert.Single(results, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal($"/audit/{auditId}?sent=1", winner.Headers.Location!.OriginalString);
        var loser = Assert.Single(results, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Contains("already been sent", await loser.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Your audit has been sent to the equality team", await first.GetStringAsync($"/audit/{auditId}?sent=1"), StringComparison.Ordinal);
    }

    /// <summary>An audit with a senior leader and one judgement, and its co-ordinator signed in twice (two tabs or two devices).</summary>
    private async Task<(TestSchool School, HttpClient First, HttpClient Second, Guid AuditId)> ReadyToSendAsync()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var first = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var second = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var auditId = (await first.StartAuditAsync(school.School.Id)).GetProperty("id").GetGuid();
        await first.AddSeniorLeaderAsync(school.School.Id);
        var judgement = (await first.JudgementsAsync(auditId))[0];
        Assert.Equal(HttpStatusCode.OK, (await first.SaveJudgementAsync(auditId, judgement.Item, judgement.Strand, Rating.Green, judgement.Version)).StatusCode);
        return (school, first, second, auditId);
    }

    private static List<string> Keys(JsonElement check, string list) =>
        check.GetProperty(list).EnumerateArray().Select(p => p.GetProperty("key").GetString()!).ToList();
}
