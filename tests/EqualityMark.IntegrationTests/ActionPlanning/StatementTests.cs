using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EqualityMark.IntegrationTests.Api;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.ActionPlanning;

[Collection(AppTestGroup.Name)]
public sealed class StatementTests(AppFixture app)
{
    [Fact]
    public async Task A_published_statement_is_public_with_small_counts_suppressed_and_only_on_its_own_authority()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var objective = await app.AddObjectiveAsync(app.Lancashire, school.School.Id, "Close the attainment gap for EAL pupils", "Run EAL reading groups");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var (approved, objectives, information) = StatementTestData.ValidDates();
        var draft = await coordinator.DraftAsync();
        Assert.Equal(HttpStatusCode.OK, (await coordinator.SaveDraftAsync(draft.GetProperty("version").GetUInt32(), approved, objectives, information, [objective])).StatusCode);

        var publish = await coordinator.PostAsync("/api/v1/equality-statement/publish", null);
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.Equal(1, (await publish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());

        var anonymous = app.Factory.ForTenant("lancashire");
        var page = await anonymous.GetAsync($"/schools/{school.School.Urn}/equality");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(school.School.Name, html, StringComparison.Ordinal);
        Assert.Contains("Close the attainment gap for EAL pupils", html, StringComparison.Ordinal);
        Assert.Contains("Run EAL reading groups", html, StringComparison.Ordinal);
        Assert.Contains("Full governing body", html, StringComparison.Ordinal);
        var row = Regex.Match(html, "<tr[^>]*>(?:(?!</tr>).)*Pupils withdrawn from collective worship.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("fewer than 5", row, StringComparison.Ordinal);
        Assert.DoesNotMatch(">\\s*3\\s*<", row);
        Assert.Contains(">38<", html, StringComparison.Ordinal);

        var json = await anonymous.GetStringAsync($"/api/v1/schools/{school.School.Urn}/equality-statement");
        Assert.Contains("fewer than 5", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"count\":\"3\"", json, StringComparison.Ordinal);

        var pdf = await anonymous.GetAsync($"/schools/{school.School.Urn}/equality.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4], StringComparison.Ordinal);

        var northdale = app.Factory.ForTenant("northdale");
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/schools/{school.School.Urn}/equality")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/schools/{school.School.Urn}/equality.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/api/v1/schools/{school.School.Urn}/equality-statement")).StatusCode);
    }

    [Fact]
    public async Task A_school_that_has_not_published_has_no_public_page()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var anonymous = app.Factory.ForTenant("lancashire");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/schools/{school.School.Urn}/equality")).StatusCode);
    }

    [Fact]
    public async Task Another_schools_coordinator_cannot_read_or_change_the_draft()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var other = await app.CreateAsync(app.Lancashire);
        var intruder = await app.SignInAsAsync(app.Lancashire, other.CoordinatorEmail);
        var (approved, objectives, information) = StatementTestData.ValidDates();

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/api/v1/equality-statement?school={school.School.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.SaveDraftAsync(0, approved, objectives, information, school: school.School.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostAsync($"/api/v1/equality-statement/publish?school={school.School.Id}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/action-plan/equality-statement?school={school.School.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_authority_team_reads_a_schools_draft_but_cannot_change_or_publish_it()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var (approved, objectives, information) = StatementTestData.ValidDates();
        await coordinator.SaveDraftAsync(0, approved, objectives, information);
        var admin = await app.SignInAsync("lancashire", "admin");

        var draft = await admin.DraftAsync(school.School.Id);
        Assert.False(draft.GetProperty("canEdit").GetBoolean());
        Assert.Equal("Full governing body", draft.GetProperty("approvedBy").GetString());
        var page = await admin.GetStringAsync($"/action-plan/equality-statement?school={school.School.Id}");
        Assert.Contains("Full governing body", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Save draft", page, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await admin.SaveDraftAsync(draft.GetProperty("version").GetUInt32(), approved, objectives, information, school: school.School.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsync($"/api/v1/equality-statement/publish?school={school.School.Id}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PutAsJsonAsync($"/api/v1/equality-statement/published-objectives?school={school.School.Id}", new { objectiveIds = Array.Empty<Guid>() })).StatusCode);
    }

    [Theory]
    [InlineData(-1, 300, "ObjectivesReviewOn", "after the date they were approved")]
    [InlineData(1462, 300, "ObjectivesReviewOn", "no more than 4 years after approval")]
    [InlineData(365, 367, "InformationReviewOn", "no more than 1 year after approval")]
    [InlineData(365, 0, "InformationReviewOn", "after the date it was approved")]
    public async Task Review_dates_outside_the_duty_are_refused_with_a_message_on_the_field(int objectivesDays, int informationDays, string field, string message)
    {
        var school = await app.CreateAsync(app.Lancashire);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var approved = new DateOnly(2026, 3, 1);

        var response = await coordinator.SaveDraftAsync(0, approved, approved.AddDays(objectivesDays), approved.AddDays(informationDays));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblem>(Json.Options);
        Assert.Contains(problem!.Errors[field], m => m.Contains(message, StringComparison.Ordinal));
        Assert.Equal(0u, (await coordinator.DraftAsync()).GetProperty("version").GetUInt32());
    }

    [Fact]
    public async Task Publishing_an_incomplete_statement_says_what_is_missing()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);

        var response = await coordinator.PostAsync("/api/v1/equality-statement/publish", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblem>(Json.Options);
        Assert.Contains("Write the equality information before publishing", problem!.Errors["InformationNarrative"]);
        Assert.Contains("Choose at least one published equality objective before publishing", problem.Errors["PublishedObjectiveIds"]);
        Assert.True(problem.Errors.ContainsKey("ApprovedOn"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Factory.ForTenant("lancashire").GetAsync($"/schools/{school.School.Urn}/equality")).StatusCode);
    }

    [Fact]
    public async Task A_second_save_from_the_same_version_is_refused_with_the_current_statement()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var (approved, objectives, information) = StatementTestData.ValidDates();
        await coordinator.SaveDraftAsync(0, approved, objectives, information, narrative: "First version.");
        var version = (await coordinator.DraftAsync()).GetProperty("version").GetUInt32();

        Assert.Equal(HttpStatusCode.OK, (await coordinator.SaveDraftAsync(version, approved, objectives, information, narrative: "Theirs.")).StatusCode);
        var second = await coordinator.SaveDraftAsync(version, approved, objectives, information, narrative: "Mine.");

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var body = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Theirs.", body.GetProperty("current").GetProperty("informationNarrative").GetString());
        Assert.Equal("Theirs.", (await coordinator.DraftAsync()).GetProperty("informationNarrative").GetString());
    }

    [Fact]
    public async Task The_form_saves_the_draft_shows_errors_on_fields_and_publishes_after_checking_answers()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var objective = await app.AddObjectiveAsync(app.Lancashire, school.School.Id, "Celebrate every faith in assemblies", "Plan a calendar of festivals");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var fields = new Dictionary<string, string>
        {
            ["Input.Version"] = "0",
            ["Input.InformationNarrative"] = "We foster good relations.",
            ["Input.ObjectivesNarrative"] = "Chosen with our reference group.",
            ["Input.Figures[0].StrandKey"] = "race",
            ["Input.Figures[0].GroupLabel"] = "Pupils with English as an additional language",
            ["Input.Figures[0].Count"] = "2",
            ["Input.Figures[1].StrandKey"] = "sex",
            ["Input.Figures[1].GroupLabel"] = "Girls in the choir",
            ["Input.Figures[1].Count"] = "12",
            ["Input.Figures[1].Remove"] = "true",
            ["Input.PublishedObjectiveIds"] = objective.ToString(),
            ["Input.ApprovedBy"] = "Full governing body",
            ["Input.ApprovedOn.Day"] = "1", ["Input.ApprovedOn.Month"] = "3", ["Input.ApprovedOn.Year"] = "2026",
            ["Input.ObjectivesReviewOn.Day"] = "1", ["Input.ObjectivesReviewOn.Month"] = "3", ["Input.ObjectivesReviewOn.Year"] = "2031",
            ["Input.InformationReviewOn.Day"] = "31", ["Input.InformationReviewOn.Month"] = "2", ["Input.InformationReviewOn.Year"] = "2027",
        };

        var form = await coordinator.GetStringAsync("/action-plan/equality-statement");
        Assert.Equal(2, Regex.Count(form, "name=\"__RequestVerificationToken\""));

        var invalid = await FormPost.SubmitAsync(coordinator, "/action-plan/equality-statement", fields);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("<title>Error: ", html, StringComparison.Ordinal);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("no more than 4 years after approval", html, StringComparison.Ordinal);
        Assert.Contains("The information update date must be a real date", html, StringComparison.Ordinal);
        Assert.Equal(0u, (await coordinator.DraftAsync()).GetProperty("version").GetUInt32());

        fields["Input.ObjectivesReviewOn.Year"] = "2029";
        fields["Input.InformationReviewOn.Day"] = "28";
        var saved = await FormPost.SubmitAsync(coordinator, "/action-plan/equality-statement", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Draft saved", await coordinator.GetStringAsync(saved.Headers.Location!.ToString()), StringComparison.Ordinal);

        var check = await coordinator.GetStringAsync("/action-plan/equality-statement/check");
        Assert.Contains("Celebrate every faith in assemblies", check, StringComparison.Ordinal);
        Assert.Contains("shown as fewer than 5", check, StringComparison.Ordinal);
        var published = await FormPost.SubmitAsync(coordinator, "/action-plan/equality-statement/check", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("Equality statement published (version 1)", await coordinator.GetStringAsync(published.Headers.Location!.ToString()), StringComparison.Ordinal);
        var publicPage = await app.Factory.ForTenant("lancashire").GetStringAsync($"/schools/{school.School.Urn}/equality");
        Assert.Contains("fewer than 5", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Girls in the choir", publicPage, StringComparison.Ordinal);
    }
}
