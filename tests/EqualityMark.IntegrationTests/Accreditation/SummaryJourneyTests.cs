using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Accreditation.Contracts;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.IntegrationTests.ActionPlanning;
using EqualityMark.Shared.Time;

namespace EqualityMark.IntegrationTests.Accreditation;

/// <summary>Step 6 end to end through the API: write and send, desk check (return, resend, accept), the visit's outcome, the badge.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SummaryJourneyTests(AppFixture app)
{
    private static DateOnly Today => UkTime.Today(TimeProvider.System);

    [Fact]
    public async Task A_summary_is_returned_resent_accepted_verified_and_its_badge_awarded_with_every_version_kept()
    {
        var school = await app.CreateAccreditationSchoolAsync(app.Lancashire);
        var admin = await app.SignInAsync("lancashire", "admin");
        var id = await school.WriteAndSendAsync();

        var prefilled = await school.Coordinator.SummaryAsync(id);
        var objective = Assert.Single(prefilled.GetProperty("prefill").GetProperty("objectives").EnumerateArray());
        Assert.Equal("Pupils from minority ethnic groups", objective.GetProperty("impacts")[0].GetProperty("group").GetString());
        Assert.Contains(prefilled.GetProperty("prefill").GetProperty("thisYear").GetProperty("cells").EnumerateArray(), c => c.GetProperty("rating").GetString() == "Red");

        Assert.Equal(HttpStatusCode.Conflict, (await school.Coordinator.SaveSummaryAsync(id, await school.Coordinator.VersionAsync(id))).StatusCode);
        var queue = await admin.GetFromJsonAsync<JsonElement>("/api/v1/accreditation/review");
        Assert.Contains(queue.GetProperty("awaitingDeskCheck").EnumerateArray(), i => i.GetProperty("summaryId").GetGuid() == id);

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.DecideAsync(id, "return", comments: "")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.DecideAsync(id, "return", "Say how pupils were involved in the new incident log.")).StatusCode);
        var returned = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(school.Plan.School.CoordinatorEmail));
        Assert.Contains(returned, e => e.Subject.Contains("returned", StringComparison.Ordinal) && e.Body.Contains("incident log", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, (await school.Coordinator.SaveSummaryAsync(id, await school.Coordinator.VersionAsync(id), outcomes: "Incidents fell; the school council now reviews the log each half term.")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await school.Coordinator.SendSummaryAsync(id)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.DecideAsync(id, "accept")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DecideAsync(id, "return", "Too late")).StatusCode);

        var outcome = await admin.RecordOutcomeAsync(id, "Awarded", Today, "Pupils spoke confidently about the incident log.");
        Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
        var badge = (await outcome.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("badge");
        Assert.Equal("Race Equality Badge", badge.GetProperty("title").GetString());
        Assert.Matches(@"^LANC-\d{4}-\d{4}$", badge.GetProperty("certificateNumber").GetString());
        Assert.Equal(Today.AddYears(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), badge.GetProperty("expiresOn").GetString());

        var summary = await school.Coordinator.SummaryAsync(id);
        Assert.Equal("Awarded", summary.GetProperty("status").GetString());
        Assert.Equal(2, summary.GetProperty("versions").GetArrayLength());
        Assert.Equal(
            ["Sent to the equality team", "Returned for changes", "Sent to the equality team", "Accepted for verification at the visit", "Verified at the visit: badge awarded"],
            summary.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("what").GetString()));
        var overview = await app.SendAsync(app.Lancashire, new GetSchoolAccreditationQuery(school.Id));
        Assert.Equal(AwardStatus.Valid, overview.Strands.Single(s => s.StrandKey == "race").Badge!.Status);

        var again = await school.Coordinator.StartSummaryAsync(school.Id);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("holds the Race badge until", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await school.Coordinator.PostAsJsonAsync($"/api/v1/accreditation/summaries/{id}/responses", new { text = "Thank you!" })).StatusCode);
    }

    [Fact]
    public async Task Sending_waits_for_what_blocks_it_and_a_stale_save_is_a_conflict_that_loses_nothing()
    {
        var school = await app.CreateAccreditationSchoolAsync(app.Lancashire);
        var id = await school.StartAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await school.Coordinator.StartSummaryAsync(school.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await school.Coordinator.StartSummaryAsync(school.Id, "astrology")).StatusCode);

        var empty = await (await school.Coordinator.SendSummaryAsync(id)).FieldErrorsAsync();
        Assert.Contains("Describe the actions you took", empty["Readiness"]);
        Assert.Contains("Describe the outcomes you achieved", empty["Readiness"]);

        var version = await school.Coordinator.VersionAsync(id);
        Assert.Equal(HttpStatusCode.OK, (await school.Coordinator.SaveSummaryAsync(id, version)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await school.Coordinator.SaveSummaryAsync(id, version, actions: "Written in another tab")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await school.Coordinator.SaveSummaryAsync(id, await school.Coordinator.VersionAsync(id), actions: new string('x', 8001))).StatusCode);

        var noDocument = await (await school.Coordinator.SendSummaryAsync(id)).FieldErrorsAsync();
        Assert.Contains(noDocument["Readiness"], m => m.Contains("supporting document", StringComparison.Ordinal));
        var advice = (await school.Coordinator.SummaryAsync(id)).GetProperty("readiness").EnumerateArray()
            .Where(r => !r.GetProperty("blocks").GetBoolean() && !r.GetProperty("met").GetBoolean()).Select(r => r.GetProperty("text").GetString()!).ToList();
        Assert.Contains(advice, a => a.Contains("senior leadership", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, (await school.Coordinator.AttachDocumentAsync(id)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await school.Coordinator.SendSummaryAsync(id)).StatusCode);
        Assert.Equal("Sent", (await school.Coordinator.SummaryAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Two_starts_of_the_same_badge_at_once_make_one_summary_and_the_other_gets_409()
    {
        var school = await app.CreateAccreditationSchoolAsync(app.Lancashire);
        var starts = await Task.WhenAll(school.Coordinator.StartSummaryAsync(school.Id), school.Coordinator.StartSummaryAsync(school.Id));
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], starts.Select(r => r.StatusCode).Order());
        var overview = await app.SendAsync(app.Lancashire, new GetSchoolAccreditationQuery(school.Id));
        Assert.Equal(SummaryStatus.Draft, overview.Strands.Single(s => s.StrandKey == "race").SummaryStatus);
    }

    [Fact]
    public async Task Two_advisors_deciding_at_once_have_one_winner_and_awarding_twice_makes_one_badge()
    {
        var school = await app.CreateAccreditationSchoolAsync(app.Lancashire);
        var id = await school.WriteAndSendAsync();
        var first = await app.SignInAsync("lancashire", "admin");
        var second = await app.SignInAsync("lancashire", "advisor");
        var version = await first.VersionAsync(id);

        var decisions = await Task.WhenAll(first.DecideAsync(id, "accept", version: version), second.DecideAsync(id, "return", "Needs more", version: version));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], decisions.Select(d => d.StatusCode).Order());
        if ((await first.SummaryAsync(id)).GetProperty("status").GetString() == "Returned")
        {
            Assert.Equal(HttpStatusCode.OK, (await school.Coordinator.SendSummaryAsync(id)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await first.DecideAsync(id, "accept")).StatusCode);
        }

        version = await first.VersionAsync(id);
        var outcomes = await Task.WhenAll(first.RecordOutcomeAsync(id, "Awarded", Today, version: version), second.RecordOutcomeAsync(id, "Awarded", Today, version: version));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], outcomes.Select(o => o.StatusCode).Order());
        var overview = await app.SendAsync(app.Lancashire, new GetSchoolAccreditationQuery(school.Id));
        Assert.NotNull(overview.Strands.Single(s => s.StrandKey == "race").Badge);
        Assert.Equal(HttpStatusCode.Conflict, (await first.RecordOutcomeAsync(id, "Awarded", Today)).StatusCode);
    }

    [Fact]
    public async Task The_outcome_needs_a_past_visit_date_and_reasons_with_next_steps_when_not_awarding()
    {
        var school = await app.CreateAccreditationSchoolAsync(app.Lancashire);
        var id = await school.WriteAndSendAsync();
        var admin = await app.SignInAsync("lancashire", "admin");
        Assert.Equal(HttpStatusCode.Conflict, (await admin.RecordOutcomeAsync(id, "Awarded", Today)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.DecideAsync(id, "accept")).StatusCode);

        var future = await (await admin.RecordOutcomeAsync(id, "Awarded", Today.AddDays(1))).FieldErrorsAsync();
        Assert.Equal(["The date of the visit must be today or in the past"], future["VisitedOn"]);
        var bare = await (await admin.RecordOutcomeAsync(id, "NotYet", Today)).FieldErrorsAsync();
        Assert.Contains("Say why the badge is not awarded yet", bare["Comments"]);
        Assert.Contains("Say what the school should do next", bare["NextSteps"]);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"/api/v1/accreditation/review/{id}/outcome", new { version = 1, outcome = "Maybe", visitedOn = "2026-13-40" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.RecordOutcomeAsync(id, "NotYet", Today, "Pupils could not yet describe the changes.", "Share the incident log findings with the school council.")).StatusCode);
        var summary = await school.Coordinator.SummaryAsync(id);
        Assert.Equal("NotYet", summary.GetProperty("status").GetString());
        Assert.True(summary.GetProperty("canEdit").GetBoolean());
        var emails = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(school.Plan.School.CoordinatorEmail));
        Assert.Contains(emails, e => e.Subject.Contains("not awarded yet", StringComparison.Ordinal) && e.Body.Contains("school council", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await school.Coordinator.SendSummaryAsync(id)).StatusCode);
    }

    [Fact]
    public async Task The_last_badge_within_the_window_awards_the_Mark_and_tells_the_school_and_the_authority()
    {
        var school = await app.CreateAccreditationSchoolAsync(app.Lancashire);
        foreach (var strand in new[] { "sex", "disability", "holistic-diversity", "sexual-orientation" })
        {
            await app.AddBadgeAsync(app.Lancashire, school, strand, Today.AddYears(-2), Today.AddYears(1));
        }

        await app.AddBadgeAsync(app.Lancashire, school, "religion-belief", Today.AddYears(-4), null);
        var admin = await app.SignInAsync("lancashire", "admin");
        var id = await school.WriteAndSendAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.DecideAsync(id, "accept")).StatusCode);
        var outsideWindow = await (await admin.RecordOutcomeAsync(id, "Awarded", Today)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, outsideWindow.GetProperty("mark").ValueKind);

        var renewed = await app.CreateAccreditationSchoolAsync(app.Lancashire);
        foreach (var strand in new[] { "sex", "disability", "holistic-diversity", "sexual-orientation", "religion-belief" })
        {
            await app.AddBadgeAsync(app.Lancashire, renewed, strand, Today.AddYears(-1), Today.AddYears(2));
        }

        var last = await renewed.WriteAndSendAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.DecideAsync(last, "accept")).StatusCode);
        var result = await (await admin.RecordOutcomeAsync(last, "Awarded", Today)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Lancashire Equality and Inclusion Mark", result.GetProperty("mark").GetProperty("title").GetString());
        var overview = await app.SendAsync(app.Lancashire, new GetSchoolAccreditationQuery(renewed.Id));
        Assert.Equal(AwardStatus.Valid, overview.Mark!.Status);

        var coordinatorMail = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(renewed.Plan.School.CoordinatorEmail));
        Assert.Contains(coordinatorMail, e => e.Subject.Contains("has achieved the Lancashire Equality and Inclusion Mark", StringComparison.Ordinal));
        var authorityMail = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery("admin@lancashire.example"));
        Assert.Contains(authorityMail, e => e.Subject.StartsWith(renewed.Plan.School.School.Name, StringComparison.Ordinal));
    }
}
